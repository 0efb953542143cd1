/**
 * A persona's avatar, drawn locally from a seed: initials on a colour and pattern derived
 * from a hash of the seed. Nothing is fetched, and no real person's picture is ever shown.
 */
import { t } from '../i18n/t';

function hash(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function Avatar({ seed, name, size = 44 }: { seed: string; name: string; size?: number }) {
  const h = hash(seed);
  const hue = h % 360;
  const accent = (hue + 40 + ((h >> 9) % 80)) % 360;
  const initials = Array.from(name.trim()).slice(0, 1).join('').toUpperCase() || '?';
  const shape = (h >> 17) % 3;
  return (
    <svg class="avatar" width={size} height={size} viewBox="0 0 44 44" role="img" aria-label={t('avatar_label', name)}>
      <rect width="44" height="44" rx="22" fill={`hsl(${hue} 55% 52%)`} />
      {shape === 0 ? <circle cx="34" cy="10" r="10" fill={`hsl(${accent} 70% 70%)`} opacity="0.8" /> : null}
      {shape === 1 ? <rect x="-4" y="30" width="52" height="18" fill={`hsl(${accent} 60% 40%)`} opacity="0.7" /> : null}
      {shape === 2 ? <path d="M0 44 L44 0 L44 44 Z" fill={`hsl(${accent} 65% 45%)`} opacity="0.5" /> : null}
      <text x="22" y="28.5" text-anchor="middle" font-size="18" font-weight="700" fill="#fff">
        {initials}
      </text>
    </svg>
  );
}
