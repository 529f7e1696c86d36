/** "Nghe" on a fake audio element and a fake server voice: plays, stops on a second press, a new screen or going home, says why it cannot. */
import { describe, expect, it, vi } from 'vitest';
import { fakeKiosk, snapshotOf } from './fake-kiosk';

/** An audio element stand-in that records what it was told. */
function fakeAudio() {
  const a = {
    paused: true, src: '', volume: 1, ended: () => {},
    play: vi.fn(async () => { a.paused = false; }),
    pause: vi.fn(() => { a.paused = true; }),
    addEventListener: (ev: string, fn: () => void) => { if (ev === 'ended') a.ended = fn; },
  };
  return a;
}

function kioskWithAudio(voiceVolume = 0.6) {
  const audio = fakeAudio();
  const urls: string[] = [];
  const revoked: string[] = [];
  const k = fakeKiosk({
    snapshot: { ...snapshotOf(), kiosk: { voiceVolume } },
    audio: { createAudio: () => audio as unknown as HTMLAudioElement, createObjectURL: () => { urls.push(`blob:${urls.length}`); return urls.at(-1)!; }, revokeObjectURL: (u) => void revoked.push(u) },
  });
  k.server.fetchVoice.mockImplementation(async () => new Response(new Blob(['RIFF']), { status: 200 }));
  return { ...k, audio, urls, revoked, speech: k.model.speech };
}

describe('reading a screen aloud', () => {
  it('plays the WAV at the kiosk volume; pressing again stops it', async () => {
    const { speech, audio, server } = kioskWithAudio(0.6);
    await speech.toggleSpeech('/api/voice/kiosk/home.wav');
    expect(server.fetchVoice).toHaveBeenCalledWith('/api/voice/kiosk/home.wav');
    expect(audio.src).toBe('blob:0');
    expect(audio.volume).toBe(0.6);
    expect(audio.play).toHaveBeenCalledTimes(1);
    expect(speech.speaking.value).toBe('/api/voice/kiosk/home.wav');
    await speech.toggleSpeech('/api/voice/kiosk/home.wav');
    expect(audio.pause).toHaveBeenCalledTimes(1);
    expect(speech.speaking.value).toBeNull();
  });

  it('the end of the audio, a new screen and going home each stop it', async () => {
    const { speech, audio, model } = kioskWithAudio();
    await speech.toggleSpeech('/a.wav');
    audio.ended();
    expect(speech.speaking.value).toBeNull();
    await speech.toggleSpeech('/a.wav');
    model.nav.go('lookup');
    expect(speech.speaking.value).toBeNull();
    await speech.toggleSpeech('/b.wav');
    model.nav.goHome();
    expect(speech.speaking.value).toBeNull();
    expect(audio.paused).toBe(true);
  });

  it('says the voice is not installed, or that it failed, and a new reading frees the old blob', async () => {
    const { speech, server, revoked } = kioskWithAudio();
    server.fetchVoice.mockResolvedValueOnce(new Response(JSON.stringify({ error: { code: 'VOICE_UNAVAILABLE', message: 'x' } }), { status: 503 }));
    await speech.toggleSpeech('/a.wav');
    expect(speech.speechProblem.value).toEqual({ path: '/a.wav', kind: 'unavailable' });
    expect(speech.speechLoading.value).toBeNull();
    server.fetchVoice.mockRejectedValueOnce(new TypeError('fetch failed'));
    await speech.toggleSpeech('/b.wav');
    expect(speech.speechProblem.value).toEqual({ path: '/b.wav', kind: 'error' });
    await speech.toggleSpeech('/c.wav');
    await speech.toggleSpeech('/d.wav');
    expect(revoked).toEqual(['blob:0']);
    expect(speech.speechProblem.value).toBeNull();
  });

  it('a reading asked for and then replaced before its audio came is never played', async () => {
    const { speech, server, audio } = kioskWithAudio();
    let slow!: (r: Response) => void;
    server.fetchVoice.mockImplementationOnce(() => new Promise((ok) => { slow = ok; }));
    const first = speech.toggleSpeech('/slow.wav');
    expect(speech.speechLoading.value).toBe('/slow.wav');
    await speech.toggleSpeech('/fast.wav');
    slow(new Response(new Blob(['RIFF']), { status: 200 }));
    await first;
    expect(audio.play).toHaveBeenCalledTimes(1);
    expect(speech.speaking.value).toBe('/fast.wav');
  });
});
