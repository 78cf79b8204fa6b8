import { Alert, Button, Group, Modal, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Role } from '../../../shared/enums.js';
import type { User } from '../../../shared/schemas/org.js';
import { DepartmentMultiSelect } from '../../components/DepartmentSelect.js';
import { api } from '../../lib/api.js';
import { errorMessage, fieldErrors, notifySuccess } from '../../lib/errors.js';
import { useSession } from '../../lib/session.js';
import { RoleSelect } from './shared.js';

/** Create a user (with an initial password) or change one's name, role, scope and access. */
export function UserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const qc = useQueryClient();
  const { user: me } = useSession();
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role | null>(user?.role ?? 'member');
  const [scope, setScope] = useState<string[]>(user?.departmentScope.map((d) => d.id) ?? []);
  const [disabled, setDisabled] = useState(user?.disabled ?? false);
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: () =>
      user
        ? api.patch<User>(`/api/users/${user.id}`, { name: name.trim(), role, departmentScopeIds: scope, disabled })
        : api.post<User>('/api/users', { email: email.trim(), name: name.trim(), role, departmentScopeIds: scope, password }),
    onSuccess: (u) => {
      void qc.invalidateQueries({ queryKey: ['users'] });
      notifySuccess(user ? `${u.name} updated.` : `${u.name} can now sign in with the password you set.`, user ? 'User saved' : 'User created');
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const self = user?.id === me.id;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={650} size="lg">{user ? `Edit ${user.name}` : 'New user'}</Text>} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {save.error && !Object.keys(errors).length && (
            <Alert color="red" variant="light">
              {errorMessage(save.error)}
            </Alert>
          )}
          <TextInput label="E-mail" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} disabled={Boolean(user)} error={errors.email} data-testid="user-email" />
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-testid="user-name-input" />
          <RoleSelect value={role} onChange={setRole} error={errors.role} testId="user-role" />
          <DepartmentMultiSelect
            label="Department scope"
            description="Leave empty for the whole organisation; otherwise they see and change only these departments' apps"
            value={scope}
            onChange={setScope}
            error={errors.departmentScopeIds}
            placeholder={scope.length ? undefined : 'Whole organisation'}
            testId="user-scope"
          />
          {!user && (
            <PasswordInput label="Initial password" description="At least 10 characters; share it securely and ask them to change it" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password} autoComplete="new-password" data-testid="user-password" />
          )}
          {user && (
            <Switch
              label="Disabled"
              description={self ? 'You cannot disable your own account' : 'Disabled users cannot sign in; their history stays'}
              checked={disabled}
              onChange={(e) => setDisabled(e.currentTarget.checked)}
              disabled={self}
              color="red"
              data-testid="user-disabled"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!name.trim() || !role || (!user && (!email || password.length < 10))} data-testid="user-submit">
              {user ? 'Save' : 'Create user'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
