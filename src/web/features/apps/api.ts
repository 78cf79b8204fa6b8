import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppDetail, AppSummary, AppUpdateInput, Attestation, AttestationInput, Comment, DocumentMeta, LifecycleChangeInput, AppCreateInput } from '../../../shared/schemas/apps.js';
import type { AuditEntry } from '../../../shared/schemas/org.js';
import { api, uploadFile, type Page, type QueryValue } from '../../lib/api.js';

export const appKeys = {
  all: ['apps'] as const,
  list: (q: Record<string, QueryValue>) => ['apps', 'list', q] as const,
  detail: (id: string) => ['apps', 'detail', id] as const,
  history: (id: string) => ['apps', 'detail', id, 'history'] as const,
  documents: (id: string) => ['apps', 'detail', id, 'documents'] as const,
  comments: (id: string) => ['apps', 'detail', id, 'comments'] as const,
};

export function useAppList(query: Record<string, QueryValue>) {
  return useQuery({
    queryKey: appKeys.list(query),
    queryFn: () => api.get<Page<AppSummary>>('/api/apps', query),
    placeholderData: (prev) => prev,
  });
}

export function useApp(id: string) {
  return useQuery({ queryKey: appKeys.detail(id), queryFn: () => api.get<AppDetail>(`/api/apps/${id}`) });
}

/** After any change to an app: refresh its detail, history and the inventory lists. */
function useAppChanged(id: string) {
  const qc = useQueryClient();
  return (detail?: AppDetail) => {
    if (detail) qc.setQueryData(appKeys.detail(id), detail);
    else void qc.invalidateQueries({ queryKey: appKeys.detail(id), exact: true });
    void qc.invalidateQueries({ queryKey: appKeys.history(id) });
    void qc.invalidateQueries({ queryKey: ['apps', 'list'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useCreateApp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AppCreateInput) => api.post<AppDetail>('/api/apps', input),
    onSuccess: (app) => {
      qc.setQueryData(appKeys.detail(app.id), app);
      void qc.invalidateQueries({ queryKey: ['apps', 'list'] });
    },
  });
}

export function useUpdateApp(id: string) {
  const changed = useAppChanged(id);
  return useMutation({ mutationFn: (input: AppUpdateInput) => api.patch<AppDetail>(`/api/apps/${id}`, input), onSuccess: changed });
}

export function useChangeLifecycle(id: string) {
  const changed = useAppChanged(id);
  return useMutation({ mutationFn: (input: LifecycleChangeInput) => api.post<AppDetail>(`/api/apps/${id}/lifecycle`, input), onSuccess: changed });
}

export function useAppHistory(id: string, page: number) {
  return useQuery({
    queryKey: [...appKeys.history(id), page],
    queryFn: () => api.get<Page<AuditEntry>>(`/api/apps/${id}/history`, { page, pageSize: 50, sort: '-at' }),
    placeholderData: (prev) => prev,
  });
}

export function useDocuments(id: string) {
  return useQuery({ queryKey: appKeys.documents(id), queryFn: () => api.get<Page<DocumentMeta>>(`/api/apps/${id}/documents`, { pageSize: 200 }) });
}

export function useUploadDocument(id: string) {
  const qc = useQueryClient();
  const changed = useAppChanged(id);
  return useMutation({
    mutationFn: (file: File) => uploadFile<DocumentMeta>(`/api/apps/${id}/documents`, file),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: appKeys.documents(id) });
      changed();
    },
  });
}

export function useDeleteDocument(id: string) {
  const qc = useQueryClient();
  const changed = useAppChanged(id);
  return useMutation({
    mutationFn: (docId: string) => api.del(`/api/documents/${docId}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: appKeys.documents(id) });
      changed();
    },
  });
}

export function useComments(id: string) {
  return useQuery({ queryKey: appKeys.comments(id), queryFn: () => api.get<Page<Comment>>(`/api/apps/${id}/comments`, { pageSize: 200 }) });
}

export function useAddComment(id: string) {
  const qc = useQueryClient();
  const changed = useAppChanged(id);
  return useMutation({
    mutationFn: (body: string) => api.post<Comment>(`/api/apps/${id}/comments`, { body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: appKeys.comments(id) });
      changed();
    },
  });
}

export function useSaveAttestation(appId: string) {
  const changed = useAppChanged(appId);
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: AttestationInput }) =>
      id ? api.patch<Attestation>(`/api/attestations/${id}`, input) : api.post<Attestation>(`/api/apps/${appId}/attestations`, input),
    onSuccess: () => changed(),
  });
}

export function useDeleteAttestation(appId: string) {
  const changed = useAppChanged(appId);
  return useMutation({ mutationFn: (id: string) => api.del(`/api/attestations/${id}`), onSuccess: () => changed() });
}
