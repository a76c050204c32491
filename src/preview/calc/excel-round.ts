import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from 'hyperformula';
import { roundHalfAway } from '../../core/numbers/round';

/** How ROUND turns a number and a count of decimal places into the rounded number. */
export type RoundRule = (x: number, places: number) => number;

/**
 * Replaces HyperFormula's ROUND, which rounds the binary value, with `rule` for the instances built
 * afterwards. The formula tests pass their own independently written rule, so their check of the
 * sheet against the core does not lean on the core's rounding.
 */
export function registerRound(rule: RoundRule): void {
  class RoundPlugin extends FunctionPlugin {
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
        rule(x, Math.trunc(places)),
      );
    }
  }
  HyperFormula.registerFunctionPlugin(RoundPlugin, { enGB: { ROUND: 'ROUND' } });
}

let registered = false;

/**
 * ROUND as Excel computes it (half away from zero on the 15-digit decimal form), so the preview's
 * `Đánh giá` agrees with Excel and with the add-in.
 */
export function useExcelRound(): void {
  if (registered) return;
  registerRound(roundHalfAway);
  registered = true;
}
