import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from 'hyperformula';

/**
 * ROUND as Excel and LibreOffice compute it: half away from zero on the number's 15-significant-
 * digit decimal form, so ROUND(0.95995*100, 2) is 96 although the binary product is
 * 95.99499999999999. HyperFormula rounds the binary value instead (95.99), which no clerk's
 * spreadsheet does. Written independently of the core's rounding, digit by digit.
 */
export function excelRound(x: number, places: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split('e');
  const digits = mantissa.replace('.', '');
  const kept = Number(exponent) + 1 + places;
  if (kept >= digits.length) return Number(`${Math.sign(x) * Number(mantissa)}e${exponent}`);
  if (kept < 0) return 0;
  const rounded = BigInt(digits.slice(0, kept) || '0') + (digits[kept] >= '5' ? 1n : 0n);
  return Math.sign(x) * Number(`${rounded}e${Number(exponent) + 1 - kept}`) + 0;
}

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
      excelRound(x, Math.trunc(places)),
    );
  }
}

/** Replaces HyperFormula's ROUND for the instances built afterwards. */
export function useExcelRound(): void {
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin, { enGB: { ROUND: 'ROUND' } });
}
