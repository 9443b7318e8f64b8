import { describe, expect, it } from 'vitest';
import { cliRefusal } from '../support/cliRefusal';

describe('command-line arguments: nothing silently accepted', () => {
  it('refuses a repeated option instead of letting the last one win', () => {
    expect(cliRefusal(['--dose-ug', '1', '--dose-ug', '2'])).toBe(
      '--dose-ug given twice: give each option once (k2-simulate --help lists the options)',
    );
    expect(cliRefusal(['--dose-ug=1', '--days', '3', '--dose-ug', '2'])).toBe(
      '--dose-ug given twice: give each option once (k2-simulate --help lists the options)',
    );
    expect(cliRefusal(['--format', 'csv', '--format', 'json'])).toBe(
      '--format given twice: give each option once (k2-simulate --help lists the options)',
    );
    expect(cliRefusal(['--dose-ug', '1', '--days', '2'])).toBeNull();
  });

  it('refuses --step-min with --scenario (the file sets its own step) rather than ignoring it', () => {
    expect(cliRefusal(['--scenario', 's.json', '--step-min', '5'])).toBe(
      '--scenario cannot be combined with --step-min: the scenario file sets it',
    );
    expect(cliRefusal(['--scenario', 's.json', '--format', 'summary'])).toBeNull();
  });

  it('refuses an absorption rate so small the steady state would be NaN', () => {
    expect(cliRefusal(['--ka-per-h', '1e-20'])).toBe('--ka-per-h must be at least 0.0001 /h, got 1e-20');
  });
});
