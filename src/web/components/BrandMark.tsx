/** The Tandem mark: two linked rings. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden>
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-indigo-6)" />
      <circle cx="12.5" cy="16" r="6" fill="none" stroke="white" strokeWidth="2.6" />
      <circle cx="19.5" cy="16" r="6" fill="none" stroke="white" strokeWidth="2.6" opacity="0.85" />
    </svg>
  );
}
