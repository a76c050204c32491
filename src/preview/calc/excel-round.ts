import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from 'hyperformula';
import { roundHalfAway } from '../../core/numbers/round';

/**
 * ROUND as Excel computes it (half away from zero on the 15-digit decimal form), so the preview's
 * `Đánh giá` agrees with Excel and with the add-in; HyperFormula's own ROUND rounds the binary value.
 */
class ExcelRoundPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  // HyperFormula does not export its AST and interpreter-state types; they are passed through untouched.
  round(ast: { args: never }, state: never) {
    return this.runFunction(ast.args, state, this.metadata('ROUND'), (x: number, places: number) =>
      roundHalfAway(x, Math.trunc(places)),
    );
  }
}

let registered = false;

export function useExcelRound(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin, { enGB: { ROUND: 'ROUND' } });
  registered = true;
}
