/**
 * A short two-note chime (880 Hz then 660 Hz, a fifth of a second in all), made by an
 * oscillator rather than an audio file: nothing to load, nothing the page's policy must allow.
 * The gain ramps in and out so the tone does not click.
 */
export function playTone(context: AudioContext | null): void {
  if (context === null || context.state === "closed") return;
  const start = context.currentTime + 0.01;
  const gain = context.createGain();
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(0.2, start + 0.02);
  gain.gain.setValueAtTime(0.2, start + 0.16);
  gain.gain.linearRampToValueAtTime(0, start + 0.2);
  gain.connect(context.destination);
  const oscillator = context.createOscillator();
  oscillator.type = "sine";
  oscillator.frequency.setValueAtTime(880, start);
  oscillator.frequency.setValueAtTime(660, start + 0.1);
  oscillator.connect(gain);
  oscillator.start(start);
  oscillator.stop(start + 0.21);
  oscillator.onended = () => gain.disconnect();
}
