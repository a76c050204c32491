import type { WorkbookCase } from './types';

const SHEET = 'Chỉ tiêu 2023';

/** What happens to a standard sheet between the clerk who fills it and the district that checks it. */
export const WORKBOOK_CASES: WorkbookCase[] = [
  {
    id: 'standard sheet renamed',
    edits: [{ kind: 'rename-sheet', name: 'Báo cáo xã' }],
    expect: { reads: 1, sheetName: 'Báo cáo xã' },
  },
  {
    id: 'standard sheet renamed with a bidi override and a zero-width space',
    edits: [{ kind: 'rename-sheet', name: 'Chỉ tiêu \u202e2023\u200b' }],
    expect: { reads: 1, sheetName: 'Chỉ tiêu \u202e2023\u200b' },
  },
  {
    id: 'standard sheet moved behind another sheet',
    edits: [{ kind: 'move-sheet-behind', other: 'Ghi chú' }],
    expect: { reads: 1, sheetName: SHEET },
  },
  { id: 'standard sheet hidden', edits: [{ kind: 'hide-sheet' }], expect: { reads: 1, sheetName: SHEET } },
  {
    id: 'standard sheet deleted, stored template left',
    edits: [{ kind: 'move-sheet-behind', other: 'Ghi chú' }, { kind: 'delete-sheet' }],
    expect: { refused: 'no-sheet' },
  },
  {
    id: 'standard sheet present twice (copied)',
    edits: [{ kind: 'copy-sheet', name: 'Chỉ tiêu 2023 (2)' }],
    expect: { reads: 2, sheetName: SHEET },
    // The add-in works on one sheet at a time: the active one, else the first.
    addin: { reads: 1, sheetName: SHEET },
  },
  {
    id: 'indicator row deleted',
    edits: [{ kind: 'delete-row', indicator: 'ho-ngheo' }],
    expect: { finding: 'missing-row', severity: 'error', indicator: 'ho-ngheo' },
  },
  {
    id: 'code cells of two rows merged',
    edits: [{ kind: 'merge-codes', indicator: 'gia-tri-san-xuat' }],
    expect: { finding: 'missing-row', severity: 'error', indicator: 'tang-truong-kinh-te' },
  },
  {
    id: 'indicator row repeated below the table',
    edits: [{ kind: 'repeat-row', indicator: 'bhyt' }],
    expect: { finding: 'duplicate-row', severity: 'error', indicator: 'bhyt' },
  },
  {
    id: 'target overwritten with a smaller number',
    edits: [{ kind: 'set-cell', column: 'target', indicator: 'gia-tri-san-xuat', cell: { number: 200 } }],
    expect: { finding: 'target-overwritten', severity: 'error', indicator: 'gia-tri-san-xuat' },
  },
  {
    id: 'target cleared',
    edits: [{ kind: 'set-cell', column: 'target', indicator: 'bhyt', cell: null }],
    expect: { finding: 'target-overwritten', severity: 'error', indicator: 'bhyt' },
  },
  {
    id: 'target replaced by a formula error',
    edits: [{ kind: 'set-cell', column: 'target', indicator: 'dang-vien-moi', cell: { error: '#REF!' } }],
    expect: { finding: 'target-overwritten', severity: 'error', indicator: 'dang-vien-moi' },
  },
  {
    id: 'explanation of 32,000 characters',
    edits: [
      {
        kind: 'set-cell',
        column: 'explanation',
        indicator: 'bhyt',
        cell: { text: 'Giải trình. '.repeat(2_666) },
      },
    ],
    expect: { reads: 1, sheetName: SHEET },
  },
  {
    id: 'period cell holds an unknown word',
    edits: [{ kind: 'set-period', text: 'Quý 3' }],
    expect: { finding: 'period-unknown', severity: 'warning' },
  },
  {
    id: 'period cell holds a bidi override',
    edits: [{ kind: 'set-period', text: '\u202eNăm' }],
    expect: { finding: 'period-unknown', severity: 'warning' },
  },
  {
    id: 'header "Thực hiện 2023" renamed',
    edits: [{ kind: 'rename-header', column: 'value', text: 'Số liệu' }],
    expect: { refused: 'no-sheet' },
  },
  {
    id: 'stored template tampered: a target lowered',
    edits: [{ kind: 'store-json', change: 'lower-target' }],
    expect: { finding: 'target-overwritten', severity: 'error', indicator: 'gia-tri-san-xuat' },
  },
  {
    id: 'stored template made invalid: unknown indicator type',
    edits: [{ kind: 'store-json', change: 'unknown-type' }],
    expect: { refused: 'invalid-template' },
    addin: { refused: 'store-invalid' },
  },
  {
    id: 'stored template made invalid: unknown key',
    edits: [{ kind: 'store-json', change: 'unknown-key' }],
    expect: { refused: 'invalid-template' },
    addin: { refused: 'store-invalid' },
  },
  {
    id: 'stored template JSON broken',
    edits: [{ kind: 'store-json', change: 'broken-json' }],
    expect: { refused: 'invalid-template' },
    addin: { refused: 'store-invalid' },
  },
  {
    id: 'stored template over the size limit',
    edits: [{ kind: 'store-json', change: 'over-size' }],
    expect: { refused: 'invalid-template' },
    addin: { refused: 'store-invalid' },
  },
  {
    id: 'stored template with a formula as an indicator name: read as text, the sheet no longer matches',
    edits: [{ kind: 'store-json', change: 'formula-name' }],
    expect: { reads: 1, sheetName: SHEET },
  },
  {
    id: 'stored template cut: a part missing',
    edits: [{ kind: 'store-cell', address: 'B2', text: '1/2' }],
    expect: { refused: 'invalid-template' },
    addin: { refused: 'store-invalid' },
  },
  {
    id: 'stored template marker changed',
    edits: [{ kind: 'store-cell', address: 'A1', text: 'something else' }],
    expect: { refused: 'no-template' },
    // The add-in finds its store by the sheet's name, so it sees the marker is wrong.
    addin: { refused: 'store-invalid' },
  },
  { id: 'stored template deleted', edits: [{ kind: 'delete-store' }], expect: { refused: 'no-template' } },
  {
    id: 'stored template sheet renamed',
    edits: [{ kind: 'rename-store', name: 'Mẫu' }],
    expect: { reads: 1, sheetName: SHEET },
    // The add-in looks for its store by name: it says no template is stored.
    addin: { refused: 'no-template' },
  },
  {
    id: 'stored template sheet made visible',
    edits: [{ kind: 'unhide-store' }],
    expect: { reads: 1, sheetName: SHEET },
  },
  { id: 'workbook with no template at all', blank: true, edits: [], expect: { refused: 'no-template' } },
  {
    id: 'sheet protected with a password the add-in does not know',
    edits: [{ kind: 'protect', password: 'mật khẩu của xã' }],
    // A file's protection does not stop reading it.
    expect: { reads: 1, sheetName: SHEET },
    // The add-in still checks; it cannot box the error cells, and says so.
    addin: { finding: 'marks-skipped', severity: 'warning' },
  },
];
