import { Alert, Button, FileInput, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ATTESTATION_LABELS, ATTESTATION_TYPES, type AttestationType } from '../../../../shared/enums.js';
import type { AppDetail, Attestation } from '../../../../shared/schemas/apps.js';
import { errorMessage, fieldErrors, notifySuccess } from '../../../lib/errors.js';
import { dayjs } from '../../../lib/format.js';
import { useDocuments, useSaveAttestation, useUploadDocument } from '../api.js';

const TYPE_OPTIONS = ATTESTATION_TYPES.map((t) => ({ value: t, label: ATTESTATION_LABELS[t] }));
const toDay = (v: unknown): string | null => (v ? dayjs(v as string).format('YYYY-MM-DD') : null);

export function AttestationModal({ app, attestation, onClose }: { app: AppDetail; attestation: Attestation | null; onClose: () => void }) {
  const [type, setType] = useState<AttestationType | null>(attestation?.type ?? null);
  const [issuedOn, setIssuedOn] = useState<string | null>(attestation?.issuedOn ?? null);
  const [expiresOn, setExpiresOn] = useState<string | null>(attestation?.expiresOn ?? null);
  const [documentId, setDocumentId] = useState<string | null>(attestation?.documentId ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [notes, setNotes] = useState(attestation?.notes ?? '');
  const docs = useDocuments(app.id);
  const upload = useUploadDocument(app.id);
  const save = useSaveAttestation(app.id);
  const errors = fieldErrors(save.error);
  const error = save.error ?? upload.error;
  const badRange = issuedOn && expiresOn && expiresOn < issuedOn;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!type) return;
    let docId = documentId;
    if (file) docId = (await upload.mutateAsync(file).catch(() => null))?.id ?? null;
    if (file && !docId) return;
    save.mutate(
      { id: attestation?.id, input: { type, issuedOn: toDay(issuedOn), expiresOn: toDay(expiresOn), documentId: docId, notes: notes.trim() || null } },
      {
        onSuccess: () => {
          notifySuccess(`${ATTESTATION_LABELS[type]} ${attestation ? 'updated' : 'added'}.`);
          onClose();
        },
      },
    );
  };

  const docOptions = (docs.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }));
  if (attestation?.documentId && !docOptions.some((o) => o.value === attestation.documentId)) docOptions.push({ value: attestation.documentId, label: attestation.documentName ?? 'Attached document' });

  return (
    <Modal opened onClose={onClose} title={<Text fw={650} size="lg">{attestation ? 'Edit attestation' : 'Add attestation'}</Text>} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {error && !Object.keys(errors).length && (
            <Alert color="red" variant="light">
              {errorMessage(error)}
            </Alert>
          )}
          <Select label="Type" required data={TYPE_OPTIONS} value={type} onChange={(v) => setType(v as AttestationType | null)} error={errors.type} data-testid="attestation-type" allowDeselect={false} />
          <SimpleGrid cols={2}>
            <DatePickerInput label="Issued" clearable valueFormat="D MMM YYYY" leftSection={<IconCalendar size={16} />} value={issuedOn} onChange={(v) => setIssuedOn(v)} error={errors.issuedOn} placeholder="Pick a date" />
            <DatePickerInput label="Expires" clearable valueFormat="D MMM YYYY" leftSection={<IconCalendar size={16} />} value={expiresOn} onChange={(v) => setExpiresOn(v)} error={errors.expiresOn ?? (badRange ? 'Expires before it was issued' : undefined)} placeholder="Pick a date" />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select label="Document" description="One already uploaded to this app" data={docOptions} value={documentId} onChange={(v) => { setDocumentId(v); if (v) setFile(null); }} clearable leftSection={<IconPaperclip size={16} />} placeholder={docOptions.length ? 'Choose a document' : 'No documents yet'} disabled={!docOptions.length || Boolean(file)} />
            <FileInput label="…or upload a new one" description="Stored under Documents too" value={file} onChange={(f) => { setFile(f); if (f) setDocumentId(null); }} clearable leftSection={<IconUpload size={16} />} placeholder="Choose a file" data-testid="attestation-file" />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} placeholder="Scope, auditor, exceptions…" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending || upload.isPending} disabled={!type || Boolean(badRange)} data-testid="attestation-submit">
              {attestation ? 'Save' : 'Add attestation'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
