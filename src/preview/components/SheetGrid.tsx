import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { cellAddress, columnLetters, type RangeRef } from '../../adapters/excel/a1';
import type { Lang } from '../../core/i18n/localized';
import type { Border, FakeCell, FakeSheet } from '../../testing/fake-excel';
import { toolCatalogFor } from '../../core/i18n/tool-catalog';
import { displayText } from '../number-display';
import type { PreviewWorkbook } from '../preview-workbook';

interface Props {
  workbook: PreviewWorkbook;
  sheet: FakeSheet;
  lang: Lang;
  onRefused: (message: string | null) => void;
}

const DEFAULT_WIDTH_PX = 64;
const BORDER_PX: Record<string, number> = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 };
// Office.js sizes columns and rows in points.
const px = (points: number) => Math.round((points * 4) / 3);

function border(edge: Border | undefined): string | undefined {
  if (!edge || edge.style === 'None') return undefined;
  const style = edge.style === 'Dash' ? 'dashed' : edge.style === 'Dot' ? 'dotted' : 'solid';
  return `${BORDER_PX[edge.weight] ?? 1}px ${style} ${edge.color}`;
}

const ALIGN: Record<string, CSSProperties['textAlign']> = { Left: 'left', Center: 'center', Right: 'right' };
const VALIGN: Record<string, CSSProperties['verticalAlign']> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
};

function cellStyle(
  cell: FakeCell | undefined,
  look: { fill?: string; fontColor?: string } | undefined,
): CSSProperties {
  if (!cell) return {};
  const numeric = typeof cell.value === 'number';
  return {
    background: look?.fill ?? cell.fill,
    color: look?.fontColor ?? cell.font.color,
    fontWeight: cell.font.bold ? 700 : undefined,
    fontStyle: cell.font.italic ? 'italic' : undefined,
    textDecoration: cell.font.underline && cell.font.underline !== 'None' ? 'underline' : undefined,
    fontSize: cell.font.size ? `${cell.font.size}pt` : undefined,
    textAlign: (cell.horizontal && ALIGN[cell.horizontal]) || (numeric ? 'right' : undefined),
    verticalAlign: (cell.vertical && VALIGN[cell.vertical]) || undefined,
    whiteSpace: cell.wrap ? 'pre-wrap' : undefined,
    borderTop: border(cell.borders.top),
    borderBottom: border(cell.borders.bottom),
    borderLeft: border(cell.borders.left),
    borderRight: border(cell.borders.right),
  };
}

/** Which cells a merge hides, and the spans of the merges' top-left cells. */
function mergeMaps(merges: RangeRef[]) {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const hidden = new Set<string>();
  for (const m of merges) {
    spans.set(`${m.top}:${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r}:${c}`);
  }
  return { spans, hidden };
}

/**
 * The active sheet as a grid a person can use like Excel's: click or arrow to select, type to
 * replace the cell's content (Enter saves and moves down, Esc cancels), F2 to edit in place.
 */
export function SheetGrid({ workbook, sheet, lang, onRefused }: Props) {
  const t = toolCatalogFor(lang).preview;
  const { row: selRow, column: selColumn } = workbook.selected();
  const [editing, setEditing] = useState<{ row: number; column: number; text: string } | null>(null);
  const selectedRef = useRef<HTMLTableCellElement>(null);

  const used = sheet.usedRange(false);
  const rows = Math.max((used?.bottom ?? 0) + 5, 30);
  const columns = Math.max((used?.right ?? 0) + 2, 12);
  const { spans, hidden } = mergeMaps(sheet.merges);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selRow, selColumn, sheet]);

  // The editor's blur follows Enter and Esc as well: only the first way out counts.
  const open = useRef(false);
  // A focus queued by a click must not steal the editor a double-click has just opened.
  const focusSelected = () =>
    requestAnimationFrame(() => {
      if (!open.current) selectedRef.current?.focus();
    });

  const move = (row: number, column: number) => {
    workbook.select(Math.max(1, Math.min(rows, row)), Math.max(1, Math.min(columns, column)));
    focusSelected();
  };

  const startEditing = (row: number, column: number, text: string) => {
    open.current = true;
    setEditing({ row, column, text });
  };

  const commit = (row: number, column: number, text: string) => {
    if (!open.current) return;
    open.current = false;
    setEditing(null);
    const outcome = workbook.type(row, column, text);
    onRefused(outcome.ok ? null : t.locked(cellAddress(row, column)));
  };

  // Tab is left to the browser outside the editor, so the keyboard can leave the grid for the pane.
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const { key } = event;
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
    };
    if (arrows[key]) {
      event.preventDefault();
      move(selRow + arrows[key][0], selColumn + arrows[key][1]);
    } else if (key === 'F2') {
      event.preventDefault();
      startEditing(selRow, selColumn, workbook.content(selRow, selColumn));
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      open.current = true;
      commit(selRow, selColumn, '');
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(selRow, selColumn, key);
    }
  };

  const header = (
    <tr>
      <th className="corner" aria-hidden="true" />
      {Array.from({ length: columns }, (_, i) => {
        const width = sheet.columnWidths.get(i + 1);
        return (
          <th key={i} scope="col" style={{ width: width ? px(width) : DEFAULT_WIDTH_PX }}>
            {columnLetters(i + 1)}
          </th>
        );
      })}
    </tr>
  );

  const body = Array.from({ length: rows }, (_, i) => {
    const row = i + 1;
    const height = sheet.rowHeights.get(row);
    return (
      <tr key={row} aria-rowindex={row + 1} style={height ? { height: px(height) } : undefined}>
        <th scope="row">{row}</th>
        {Array.from({ length: columns }, (_, j) => {
          const column = j + 1;
          const key = `${row}:${column}`;
          if (hidden.has(key)) return null;
          const cell = sheet.cell(row, column);
          const selected = row === selRow && column === selColumn;
          const isEditing = editing && editing.row === row && editing.column === column;
          const address = cellAddress(row, column);
          return (
            <td
              key={key}
              role="gridcell"
              aria-colindex={column + 1}
              aria-selected={selected}
              data-address={address}
              tabIndex={selected ? 0 : -1}
              ref={selected ? selectedRef : undefined}
              className={selected ? 'selected' : undefined}
              style={cellStyle(cell, workbook.look(row, column))}
              {...spans.get(key)}
              onMouseDown={() => {
                if (!isEditing) move(row, column);
              }}
              onDoubleClick={() => startEditing(row, column, workbook.content(row, column))}
            >
              {isEditing ? (
                <input
                  className="editor"
                  aria-label={t.editCell(address)}
                  autoFocus
                  value={editing.text}
                  onChange={(e) => setEditing({ row, column, text: e.target.value })}
                  onBlur={() => commit(row, column, editing.text)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === 'Tab') {
                      e.preventDefault();
                      e.stopPropagation();
                      commit(row, column, editing.text);
                      move(e.key === 'Enter' ? row + 1 : row, e.key === 'Tab' ? column + 1 : column);
                    } else if (e.key === 'Escape') {
                      e.preventDefault();
                      open.current = false;
                      setEditing(null);
                      focusSelected();
                    }
                  }}
                />
              ) : (
                displayText(cell, lang)
              )}
            </td>
          );
        })}
      </tr>
    );
  });

  return (
    <table
      role="grid"
      aria-label={sheet.name}
      aria-rowcount={rows + 1}
      aria-colcount={columns + 1}
      className="grid"
      onKeyDown={onKeyDown}
    >
      <thead>{header}</thead>
      <tbody>{body}</tbody>
    </table>
  );
}
