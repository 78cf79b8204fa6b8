import { Badge, Box, Group, Input, Radio, ScrollArea, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, type ComboboxItem } from '@mantine/core';
import type { CardMapping } from '../../../shared/schemas/imports.js';

/** The column-mapping form's state: every target is a header of the file (or empty). */
export type MappingDraft = {
  date: string;
  amountMode: 'amount' | 'debitCredit';
  amount: string;
  debit: string;
  credit: string;
  spendSign: 'positive' | 'negative';
  description: string;
  merchant: string;
  cardholder: string;
  department: string;
  currency: string;
  mcc: string;
  category: string;
  externalId: string;
  dateOrder: '' | 'dmy' | 'mdy' | 'ymd';
  defaultCurrency: string;
};

type ColumnKey = 'date' | 'amount' | 'debit' | 'credit' | 'description' | 'merchant' | 'cardholder' | 'department' | 'currency' | 'mcc' | 'category' | 'externalId';

export const TARGET_LABELS: Record<ColumnKey, string> = {
  date: 'Date',
  amount: 'Amount',
  debit: 'Debit',
  credit: 'Credit',
  description: 'Description',
  merchant: 'Merchant',
  cardholder: 'Card holder',
  department: 'Department',
  currency: 'Currency',
  mcc: 'MCC',
  category: 'Category',
  externalId: 'External ID',
};

const OPTIONAL: { key: ColumnKey; hint: string }[] = [
  { key: 'merchant', hint: 'Cleaner than the description, when the file has it' },
  { key: 'cardholder', hint: 'Name or e-mail: links spend to People' },
  { key: 'department', hint: 'Cost centre or team' },
  { key: 'currency', hint: 'ISO code per row, e.g. EUR' },
  { key: 'mcc', hint: 'Merchant category code' },
  { key: 'category', hint: 'The card issuer’s category' },
  { key: 'externalId', hint: 'Transaction id or reference: better de-duplication' },
];

const GUESSES: [ColumnKey, RegExp][] = [
  ['date', /^(transaction |trans\.? |posting |post |booking |purchase |value )?date$|^date\b|\bdate$|^posted( on| at)?$|^booked( on)?$|datum/i],
  ['amount', /^(transaction |billing |original |charge )?amount\b|\bamount$|^charge$|^betrag|^value$|^amt$|^total$/i],
  ['debit', /debit|withdrawal|money out|paid out|^out$/i],
  ['credit', /credit(?! card)|deposit|money in|paid in|^in$/i],
  ['description', /description|details|memo|narrative|statement text|verwendungszweck|^text$/i],
  ['merchant', /merchant(?!.*(code|category|id))|payee|vendor|supplier/i],
  ['cardholder', /holder|card ?member|employee|spender|name on card|^user$|^e-?mail$|^person$/i],
  ['department', /department|cost ?cent(er|re)|^team$/i],
  ['currency', /currency|^ccy$|^cur$/i],
  ['mcc', /\bmcc\b|merchant category code/i],
  ['category', /category/i],
  ['externalId', /^(transaction |trans |)id$|reference|^ref\b|receipt/i],
];

export function emptyDraft(): MappingDraft {
  return {
    date: '', amountMode: 'amount', amount: '', debit: '', credit: '', spendSign: 'positive', description: '', merchant: '', cardholder: '',
    department: '', currency: '', mcc: '', category: '', externalId: '', dateOrder: '', defaultCurrency: '',
  };
}

/** A first guess from the header names; the user corrects what is wrong. */
export function guessDraft(header: string[]): MappingDraft {
  const d = emptyDraft();
  const used = new Set<string>();
  for (const [key, re] of GUESSES) {
    const h = header.find((x) => re.test(x.trim()) && !used.has(x));
    if (!h) continue;
    // Merchant may repeat the description column; the others take a column of their own.
    if (key !== 'merchant') used.add(h);
    d[key] = h;
  }
  if (d.merchant && d.merchant === d.description) d.merchant = '';
  // The description is the text Tandem matches: with only a merchant column, that column is it.
  if (!d.description && d.merchant) {
    d.description = d.merchant;
    d.merchant = '';
  }
  if (!d.amount && (d.debit || d.credit)) d.amountMode = 'debitCredit';
  if (d.amount) {
    d.debit = '';
    d.credit = '';
  }
  return d;
}

/** A saved or stored mapping back into the form (columns the file lacks are dropped). */
export function draftFromMapping(m: Record<string, unknown>, header: string[]): MappingDraft {
  const d = emptyDraft();
  const col = (v: unknown) => (typeof v === 'string' && header.includes(v) ? v : '');
  for (const k of Object.keys(TARGET_LABELS) as ColumnKey[]) d[k] = col(m[k]);
  d.amountMode = d.amount || !(d.debit || d.credit) ? 'amount' : 'debitCredit';
  d.spendSign = m.spendSign === 'negative' ? 'negative' : 'positive';
  d.dateOrder = m.dateOrder === 'dmy' || m.dateOrder === 'mdy' || m.dateOrder === 'ymd' ? m.dateOrder : '';
  d.defaultCurrency = typeof m.defaultCurrency === 'string' ? m.defaultCurrency : '';
  return d;
}

/** What is still missing before the mapping can be used, in words (empty when complete). */
export function missing(d: MappingDraft): string[] {
  const out: string[] = [];
  if (!d.date) out.push('the date');
  if (d.amountMode === 'amount' ? !d.amount : !(d.debit || d.credit)) out.push(d.amountMode === 'amount' ? 'the amount' : 'a debit or credit column');
  if (!d.description) out.push('the description');
  return out;
}

export function toMapping(d: MappingDraft): CardMapping {
  const opt = (v: string) => v || undefined;
  return {
    date: d.date,
    ...(d.amountMode === 'amount' ? { amount: d.amount, spendSign: d.spendSign } : { debit: opt(d.debit), credit: opt(d.credit) }),
    description: d.description,
    merchant: opt(d.merchant),
    cardholder: opt(d.cardholder),
    department: opt(d.department),
    currency: opt(d.currency),
    mcc: opt(d.mcc),
    category: opt(d.category),
    externalId: opt(d.externalId),
    dateOrder: d.dateOrder || undefined,
    defaultCurrency: d.defaultCurrency.trim().length === 3 ? d.defaultCurrency.trim().toUpperCase() : undefined,
  };
}

/** Which targets a column feeds, for the preview's header badges. */
export function targetsByColumn(d: MappingDraft): Map<string, string[]> {
  const keys: ColumnKey[] = ['date', ...(d.amountMode === 'amount' ? (['amount'] as const) : (['debit', 'credit'] as const)), 'description', 'merchant', 'cardholder', 'department', 'currency', 'mcc', 'category', 'externalId'];
  const out = new Map<string, string[]>();
  for (const k of keys) {
    const h = d[k];
    if (h) out.set(h, [...(out.get(h) ?? []), TARGET_LABELS[k]]);
  }
  return out;
}

const DATE_ORDERS = [
  { value: '', label: 'Recognise it' },
  { value: 'dmy', label: 'Day, month, year (31/01/2025)' },
  { value: 'mdy', label: 'Month, day, year (01/31/2025)' },
  { value: 'ymd', label: 'Year, month, day (2025-01-31)' },
];

export function MappingForm({ header, rows, value, onChange, errors }: { header: string[]; rows: string[][]; value: MappingDraft; onChange: (d: MappingDraft) => void; errors: Record<string, string> }) {
  const set = <K extends keyof MappingDraft>(k: K, v: MappingDraft[K]) => onChange({ ...value, [k]: v });
  const example = (h: string) => {
    const i = header.indexOf(h);
    return rows.map((r) => r[i]).find((v) => v && v.trim()) ?? '';
  };
  const data = header.map((h) => ({ value: h, label: h }));
  const renderOption = ({ option }: { option: ComboboxItem }) => (
    <Stack gap={0} miw={0}>
      <Text size="sm">{option.label}</Text>
      {example(option.value) && (
        <Text size="xs" c="dimmed" ff="monospace" truncate maw={260}>
          {example(option.value)}
        </Text>
      )}
    </Stack>
  );
  const column = (key: ColumnKey, opts: { required?: boolean; description?: string } = {}) => (
    <Select
      key={key}
      label={TARGET_LABELS[key]}
      description={opts.description}
      withAsterisk={opts.required}
      placeholder={opts.required ? 'Choose a column' : 'Not in this file'}
      data={data}
      value={value[key] || null}
      onChange={(v) => set(key, v ?? '')}
      clearable={!opts.required}
      searchable
      renderOption={renderOption}
      error={errors[`mapping.${key}`] ?? errors[key]}
      comboboxProps={{ withinPortal: true }}
      data-testid={`map-${key}`}
    />
  );

  return (
    <Stack gap="md" data-testid="mapping-form">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        {column('date', { required: true, description: 'When the charge was made' })}
        {column('description', { required: true, description: 'The text Tandem matches to an app' })}
        <Select
          label="Date order"
          description="For dates like 03/04/2025"
          data={DATE_ORDERS}
          value={value.dateOrder}
          onChange={(v) => set('dateOrder', (v ?? '') as MappingDraft['dateOrder'])}
          allowDeselect={false}
          data-testid="map-dateOrder"
        />
      </SimpleGrid>
      <Box>
        <Input.Label required>Amount</Input.Label>
        <Input.Description mb={6}>One signed amount column, or separate debit and credit columns</Input.Description>
        <SegmentedControl
          size="xs"
          value={value.amountMode}
          onChange={(v) => set('amountMode', v as MappingDraft['amountMode'])}
          data={[
            { value: 'amount', label: 'One amount column' },
            { value: 'debitCredit', label: 'Debit and credit columns' },
          ]}
          mb="sm"
          data-testid="map-amount-mode"
        />
        {value.amountMode === 'amount' ? (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            {column('amount', { required: true })}
            <Radio.Group label="Spend is shown as" value={value.spendSign} onChange={(v) => set('spendSign', v as MappingDraft['spendSign'])} data-testid="map-spend-sign">
              <Group gap="lg" mt={8}>
                <Radio value="positive" label="Positive (42.00)" />
                <Radio value="negative" label="Negative (−42.00)" />
              </Group>
            </Radio.Group>
          </SimpleGrid>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            {column('debit', { description: 'Money out: the spend' })}
            {column('credit', { description: 'Money in: refunds and payments' })}
          </SimpleGrid>
        )}
        {errors['mapping.amount'] && (
          <Text c="red" size="xs" mt={4}>
            {errors['mapping.amount']}
          </Text>
        )}
      </Box>
      <Text size="sm" fw={600} mt={4}>
        Optional columns
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        {OPTIONAL.map((o) => column(o.key, { description: o.hint }))}
        {!value.currency && (
          <TextInput
            label="Currency of every row"
            description="When the file has no currency column, e.g. USD"
            placeholder="USD"
            maxLength={3}
            value={value.defaultCurrency}
            onChange={(e) => set('defaultCurrency', e.currentTarget.value.toUpperCase())}
            error={errors['mapping.defaultCurrency']}
            data-testid="map-defaultCurrency"
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}

/** The first rows of the file; with a mapping, each header shows the fields it feeds. */
export function PreviewTable({ header, rows, targets }: { header: string[]; rows: string[][]; targets?: Map<string, string[]> }) {
  return (
    <Box className="tandem-table-wrap">
      <ScrollArea type="auto" offsetScrollbars="x">
        <Table verticalSpacing={6} horizontalSpacing="sm" fz="xs" data-testid="preview-table">
          <Table.Thead>
            <Table.Tr>
              {header.map((h, i) => {
                const t = targets?.get(h);
                return (
                  <Table.Th key={`${h}-${i}`} style={{ verticalAlign: 'bottom', textTransform: 'none', letterSpacing: 0 }}>
                    <Stack gap={4}>
                      {targets && (
                        <Group gap={4} wrap="nowrap" mih={18}>
                          {t?.map((x) => (
                            <Badge key={x} size="xs" variant="filled" color="indigo">
                              {x}
                            </Badge>
                          ))}
                        </Group>
                      )}
                      <Text size="xs" fw={600} c={targets && !t ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                        {h}
                      </Text>
                    </Stack>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                {header.map((h, j) => (
                  <Table.Td key={j} ff="monospace" c={targets && !targets.has(h) ? 'dimmed' : undefined} maw={280} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={r[j]}>
                    {r[j] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Box>
  );
}
