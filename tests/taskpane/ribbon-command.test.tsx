import { CHECK_COMMAND } from '../../src/commands/names';
import type { ExcelActions } from '../../src/taskpane/actions';
import { fakeActions, makeReport } from './fixtures';

// The command runs in Office's function file: Office.js and the Excel binding are replaced here.
let actions: jest.Mocked<ExcelActions>;
jest.mock('../../src/taskpane/office', () => ({
  createExcelActions: () => actions,
  displayLang: () => 'vi',
}));

interface DialogCall {
  url: URL;
  close: jest.Mock;
  handlers: Map<string, () => void>;
}

const dialogs: DialogCall[] = [];
let dialogSupported = true;

function installOffice() {
  const office = {
    onReady: (callback: () => void) => callback(),
    actions: { associate: jest.fn() },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    context: {
      requirements: { isSetSupported: (name: string) => name === 'DialogApi' && dialogSupported },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          const call: DialogCall = { url: new URL(url), close: jest.fn(), handlers: new Map() };
          dialogs.push(call);
          callback({
            status: 'succeeded',
            value: {
              close: call.close,
              addEventHandler: (type: string, handler: () => void) => call.handlers.set(type, handler),
            },
          });
        },
      },
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return office;
}

async function runCommand(): Promise<{ completed: jest.Mock; done: Promise<void> }> {
  const office = installOffice();
  jest.isolateModules(() => {
    require('../../src/commands/commands');
  });
  const [name, handler] = office.actions.associate.mock.calls[0] as [
    string,
    (event: unknown) => Promise<void>,
  ];
  expect(name).toBe(CHECK_COMMAND);
  const completed = jest.fn();
  const done = handler({ completed });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { completed, done };
}

beforeEach(() => {
  dialogs.length = 0;
  dialogSupported = true;
});

describe('the ribbon’s “Kiểm tra số liệu”', () => {
  it('checks, selects the first error cell, shows the summary, and completes when the dialog closes', async () => {
    const report = makeReport(
      ['met', 'missed'],
      [
        {
          code: 'stored-as-text',
          severity: 'warning',
          cell: "'Chỉ tiêu 2023'!H12",
          message: { vi: 'a', en: 'a' },
        },
        { code: 'unreadable', severity: 'error', cell: "'Chỉ tiêu 2023'!H13", message: { vi: 'b', en: 'b' } },
      ],
    );
    actions = fakeActions({ check: jest.fn().mockResolvedValue(report) });
    const { completed, done } = await runCommand();

    expect(actions.check).toHaveBeenCalledTimes(1);
    expect(actions.goToCell).toHaveBeenCalledWith("'Chỉ tiêu 2023'!H13");
    expect(dialogs).toHaveLength(1);
    const params = dialogs[0].url.searchParams;
    expect(dialogs[0].url.pathname).toMatch(/\/result\.html$/);
    expect(params.get('summary')).toBe('Đạt và vượt 1/2 chỉ tiêu chủ yếu · Không đạt 1 · 1 lỗi · 1 cảnh báo');
    expect(params.get('hint')).toMatch(/đã được tô màu/);
    expect(completed).not.toHaveBeenCalled();

    dialogs[0].handlers.get('message')!();
    await done;
    expect(dialogs[0].close).toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('says what went wrong in words and still completes', async () => {
    const refusal = Object.assign(new Error('x'), {
      userMessage: { vi: 'Sổ này chưa có biểu chỉ tiêu năm 2023.', en: 'No targets sheet.' },
    });
    actions = fakeActions({ check: jest.fn().mockRejectedValue(refusal) });
    const { completed, done } = await runCommand();
    expect(dialogs[0].url.searchParams.get('summary')).toBe('Sổ này chưa có biểu chỉ tiêu năm 2023.');
    dialogs[0].handlers.get('event')!();
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('completes at once where Excel has no dialogs (the marks on the sheet say it all)', async () => {
    dialogSupported = false;
    actions = fakeActions({ check: jest.fn().mockResolvedValue(makeReport(['met'])) });
    const { completed, done } = await runCommand();
    await done;
    expect(dialogs).toHaveLength(0);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
