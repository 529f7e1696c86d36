/** `npm run device-token -- <id> <kiosk|display|counter|integration>`: makes a device token and the config line that pairs it. */
import { createHash, randomBytes } from 'node:crypto';

const [id, role] = process.argv.slice(2);
if (!id || !['kiosk', 'display', 'counter', 'integration'].includes(role ?? '')) {
  console.error('usage: npm run device-token -- <id> <kiosk|display|counter|integration>');
  process.exit(2);
}
const token = randomBytes(24).toString('base64url');
console.log(`token (open the screen once with ?token=${token}):\n  ${token}`);
console.log(`config line (under deviceTokens:):\n  - { id: ${id}, role: ${role}, tokenSha256: ${createHash('sha256').update(token).digest('hex')} }`);
