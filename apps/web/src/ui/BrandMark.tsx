import { useId } from 'react';

/** The product mark: a white cross on a blue-to-teal tile, drawn inline (no external assets). */
export function BrandMark({ size = 32 }: { size?: number }) {
  // Each instance needs its own gradient id: a hidden copy's id would blank the others.
  const gradient = useId();
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id={gradient} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#2f80ed" />
          <stop offset="1" stopColor="#0f9d9a" />
        </linearGradient>
      </defs>
      <rect x="2" y="2" width="44" height="44" rx="12" fill={`url(#${gradient})`} />
      <path
        d="M20 12h8v8h8v8h-8v8h-8v-8h-8v-8h8z"
        fill="#fff"
        stroke="#fff"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
