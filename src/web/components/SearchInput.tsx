import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

/** Text search that reports (debounced) and follows external resets such as "Clear filters". */
export function SearchInput({ value, onSearch, testId, ...rest }: Omit<TextInputProps, 'value' | 'onChange'> & { value: string | undefined; onSearch: (q: string | undefined) => void; testId?: string }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const report = useDebouncedCallback((q: string) => onSearch(q.trim() || undefined), 300);
  return (
    <TextInput
      placeholder="Search…"
      leftSection={<IconSearch size={16} />}
      rightSection={text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => { setText(''); onSearch(undefined); }} /> : null}
      {...rest}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        report(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onSearch(text.trim() || undefined);
      }}
      data-testid={testId}
    />
  );
}
