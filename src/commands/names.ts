/** The FunctionName of the ribbon's "Kiểm tra số liệu" button in manifest.xml. */
export const CHECK_COMMAND = 'checkFiguresCommand';
