import { Avatar, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconMessage, IconSend } from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import type { AppDetail, Comment } from '../../../../shared/schemas/apps.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { TableSkeleton } from '../../../components/PageSkeleton.js';
import { notifyError } from '../../../lib/errors.js';
import { formatDateTime, formatWhen, initials } from '../../../lib/format.js';
import { useCan } from '../../../lib/session.js';
import { useAddComment, useComments } from '../api.js';
import { MentionTextarea } from './MentionTextarea.js';
import { Section } from './OverviewTab.js';

/** Comment text with @mentions highlighted (and named on hover). */
export function CommentBody({ comment }: { comment: Pick<Comment, 'body' | 'mentions'> }) {
  const byLocal = new Map(comment.mentions.map((m) => [m.email.split('@')[0].toLowerCase(), m]));
  const parts = comment.body.split(/(@[\w.+-]+)/g);
  const out: ReactNode[] = parts.map((part, i) => {
    if (!part.startsWith('@')) return <Fragment key={i}>{part}</Fragment>;
    const token = part.slice(1).replace(/[.]+$/, '');
    const trailing = part.slice(1 + token.length);
    const person = byLocal.get(token.toLowerCase());
    if (!person) return <Fragment key={i}>{part}</Fragment>;
    return (
      <Fragment key={i}>
        <Tooltip label={`${person.name} · ${person.email}`}>
          <span className="tandem-mention" data-testid="mention">
            @{token}
          </span>
        </Tooltip>
        {trailing}
      </Fragment>
    );
  });
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {out}
    </Text>
  );
}

export function CommentsTab({ app }: { app: AppDetail }) {
  const can = useCan();
  const { data, isLoading } = useComments(app.id);
  const add = useAddComment(app.id);
  const [body, setBody] = useState('');
  const comments = [...(data?.items ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const submit = () => {
    if (!body.trim()) return;
    add.mutate(body.trim(), { onSuccess: () => setBody(''), onError: (e) => notifyError(e, 'Could not post the comment') });
  };

  return (
    <Section title="Comments" description="Discuss the app with marketing, IT, finance and security; @mention people to loop them in">
      <Stack gap="md">
        {isLoading ? (
          <TableSkeleton rows={3} />
        ) : comments.length === 0 ? (
          <EmptyState compact icon={<IconMessage size={22} />} title="No comments yet">
            Ask a question, record a decision or loop someone in with @name.
          </EmptyState>
        ) : (
          <Stack gap="sm" data-testid="comments-list">
            {comments.map((c) => (
              <Group key={c.id} align="flex-start" wrap="nowrap" gap="sm" data-testid="comment">
                <Avatar radius="xl" size={34} color="indigo" variant="light">
                  {initials(c.author)}
                </Avatar>
                <Card withBorder radius="md" p="sm" style={{ flex: 1, minWidth: 0 }} bg="gray.0">
                  <Group gap={8} mb={4}>
                    <Text size="sm" fw={600}>
                      {c.author}
                    </Text>
                    <Tooltip label={formatDateTime(c.createdAt)}>
                      <Text size="xs" c="dimmed">
                        {formatWhen(c.createdAt)}
                      </Text>
                    </Tooltip>
                  </Group>
                  <CommentBody comment={c} />
                </Card>
              </Group>
            ))}
          </Stack>
        )}
        {can('app.comment') && (
          <Stack gap="xs">
            <MentionTextarea
              value={body}
              onChange={setBody}
              placeholder="Write a comment… type @ to mention someone"
              autosize
              minRows={3}
              maxRows={10}
              data-testid="comment-input"
              onKeyDownCapture={(e) => {
                if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
                  e.preventDefault();
                  submit();
                }
              }}
            />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                Type @ to mention someone · Ctrl+Enter to post
              </Text>
              <Button leftSection={<IconSend size={15} />} onClick={submit} loading={add.isPending} disabled={!body.trim()} data-testid="comment-submit">
                Comment
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Section>
  );
}
