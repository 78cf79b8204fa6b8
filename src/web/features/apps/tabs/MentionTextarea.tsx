import { Combobox, Group, Text, Textarea, useCombobox, type TextareaProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState, type KeyboardEvent } from 'react';
import { usePeopleSearch } from '../../../components/PersonSelect.js';

const TRIGGER = /(^|\s)@([\w.+-]*)$/;

/** Textarea where typing `@` suggests people and inserts `@first.last` (the e-mail's local part). */
export function MentionTextarea({ value, onChange, ...rest }: Omit<TextareaProps, 'value' | 'onChange'> & { value: string; onChange: (v: string) => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(query ?? '', 150);
  const { data } = usePeopleSearch(debounced, query !== null);
  // Only results for exactly what was typed: a quick Enter must not pick a stale suggestion.
  const current = query !== null && query === debounced ? data : undefined;
  const people = (current?.items ?? []).slice(0, 8);

  const detect = (text: string, caret: number) => {
    const m = TRIGGER.exec(text.slice(0, caret));
    if (m) {
      setQuery(m[2]);
      combobox.openDropdown();
      combobox.updateSelectedOptionIndex('active');
    } else {
      setQuery(null);
      combobox.closeDropdown();
    }
  };

  const insert = (email: string) => {
    const el = ref.current;
    if (!el) return;
    const caret = el.selectionStart ?? value.length;
    const before = value.slice(0, caret);
    const m = TRIGGER.exec(before);
    if (!m) return;
    const local = email.split('@')[0];
    const start = caret - m[2].length - 1;
    const next = `${value.slice(0, start)}@${local} ${value.slice(caret)}`;
    onChange(next);
    setQuery(null);
    combobox.closeDropdown();
    const pos = start + local.length + 2;
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(pos, pos);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!combobox.dropdownOpened || query === null) return;
    if (!people.length) {
      // Still searching: hold Enter instead of inserting a newline under the suggestions.
      if ((e.key === 'Enter' || e.key === 'Tab') && !current) e.preventDefault();
      if (e.key === 'Escape') {
        combobox.closeDropdown();
        setQuery(null);
      }
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      combobox.selectNextOption();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      combobox.selectPreviousOption();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      const idx = combobox.getSelectedOptionIndex?.() ?? -1;
      const pick = people[idx >= 0 ? idx : 0];
      if (pick) insert(pick.email);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      combobox.closeDropdown();
      setQuery(null);
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(email) => insert(email)} position="bottom-start" width={320} withinPortal>
      <Combobox.Target withKeyboardNavigation={false} targetType="input">
        <Textarea
          ref={ref}
          {...rest}
          value={value}
          onChange={(e) => {
            onChange(e.currentTarget.value);
            detect(e.currentTarget.value, e.currentTarget.selectionStart ?? e.currentTarget.value.length);
          }}
          onClick={(e) => detect(e.currentTarget.value, e.currentTarget.selectionStart ?? 0)}
          onKeyDown={onKeyDown}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={query === null}>
        <Combobox.Options data-testid="mention-options">
          {people.length === 0 ? (
            <Combobox.Empty>{current ? 'Nobody matches' : 'Searching…'}</Combobox.Empty>
          ) : (
            people.map((p) => (
              <Combobox.Option value={p.email} key={p.id} data-testid="mention-option">
                <Group gap={6} justify="space-between" wrap="nowrap">
                  <Text size="sm">{p.name}</Text>
                  <Text size="xs" c="dimmed">
                    @{p.email.split('@')[0]}
                  </Text>
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
