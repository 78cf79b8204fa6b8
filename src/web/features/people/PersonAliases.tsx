import { Button, Group, TagsInput, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Person } from '../../../shared/schemas/org.js';
import { ReadOnly } from '../apps/AppFormFields.js';
import { api } from '../../lib/api.js';
import { useCan } from '../../lib/session.js';

/** Other addresses the person signs in with (an old domain, a UPN): sign-ins under them count as theirs. */
export function PersonAliases({ person }: { person: Person }) {
  const can = useCan();
  const qc = useQueryClient();
  const [value, setValue] = useState<string[]>(person.aliases);
  const save = useMutation({
    mutationFn: (aliases: string[]) => api.patch<Person>(`/api/people/${person.id}`, { aliases }),
    onSuccess: (p) => {
      setValue(p.aliases);
      void qc.invalidateQueries({ queryKey: ['people'] });
      void qc.invalidateQueries({ queryKey: ['discovery'] });
    },
  });
  if (!can('person.write')) return <ReadOnly label="Also signs in as">{person.aliases.join(', ')}</ReadOnly>;
  const changed = value.join('\n') !== person.aliases.join('\n');
  return (
    <div style={{ minWidth: 320 }}>
      <TagsInput
        label="Also signs in as"
        description="Other e-mail addresses or user names in sign-in logs"
        placeholder="old.name@previous-domain.com"
        value={value}
        onChange={setValue}
        size="sm"
        data-testid="person-aliases"
        error={save.error?.message}
      />
      {changed && (
        <Group gap="xs" mt={6}>
          <Button size="xs" loading={save.isPending} onClick={() => save.mutate(value)}>
            Save
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setValue(person.aliases)}>
            Cancel
          </Button>
        </Group>
      )}
      {save.isSuccess && !changed && (
        <Text size="xs" c="teal" mt={4}>
          Saved: discovery links these sign-ins to {person.name}.
        </Text>
      )}
    </div>
  );
}
