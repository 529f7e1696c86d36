/** `npm run hash-password -- <password>`: prints a scrypt hash for a staff account in the site config. */
import { hashPassword } from '../server/src/app/auth';

const pw = process.argv[2];
if (!pw) {
  console.error('usage: npm run hash-password -- <password>');
  process.exit(2);
}
console.log(hashPassword(pw));
