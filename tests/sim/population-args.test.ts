/** --subjects and --seed: read from the one limits table, and the population work cap checked with the arguments. */
import { describe, expect, it } from 'vitest';
import { cliRefusal } from '../support/cliRefusal';
import { parseCliArgs } from '../../main/cli/args';
import { LIMITS, MAX_POPULATION_VALUES, populationOverCap } from '../../sim';

describe('--subjects and --seed', () => {
  it('default to the typical subject (1) and seed 1, so the output of old is unchanged', () => {
    const o = parseCliArgs([]);
    if (o === 'help') throw new Error('unexpected help');
    expect([o.subjects, o.seed]).toEqual([1, 1]);
  });

  it('take whole numbers in the limits table’s range and refuse others in its words', () => {
    expect(LIMITS.subjects).toMatchObject({ min: 1, max: 10_000, integer: true });
    expect(cliRefusal(['--subjects', '0'])).toBe('--subjects must be at least 1, got 0');
    expect(cliRefusal(['--subjects', '10001'])).toBe('--subjects must be at most 10,000, got 10001');
    expect(cliRefusal(['--subjects', '2.5'])).toBe('--subjects must be a whole number, got 2.5');
    expect(cliRefusal(['--subjects', 'many'])).toBe("--subjects must be a number, got 'many'");
    expect(cliRefusal(['--subjects', '100', '--seed', '-1'])).toBe('--seed must be at least 0, got -1');
    expect(cliRefusal(['--subjects', '100', '--seed', '4294967296'])).toBe(
      '--seed must be at most 4,294,967,295, got 4294967296',
    );
    expect(cliRefusal(['--subjects', '100', '--seed', '42'])).toBeNull();
    expect(cliRefusal(['--subjects', '10000', '--days', '90'])).toBeNull();
  });

  it('refuses --seed without --subjects > 1 (one subject has no randomness)', () => {
    expect(cliRefusal(['--seed', '5'])).toMatch(/^--seed needs --subjects greater than 1/);
  });

  it('refuses a population over the value cap before simulating, naming the numbers', () => {
    // 10,000 people × 365 days hourly: (8,761 points + 365 daily doses) × 10,000 = 91,260,000 values > 25,000,000.
    expect(cliRefusal(['--subjects', '10000', '--days', '365'])).toBe(
      'variation between 10,000 people needs 91,260,000 values (people × (output points + doses)); the limit is 25,000,000: use fewer people, fewer doses, a longer output step or a shorter duration',
    );
    expect(MAX_POPULATION_VALUES).toBe(25_000_000);
    // At the cap exactly: allowed.
    expect(populationOverCap({ points: 2500, doses: 0 }, 10_000)).toBeNull();
    expect(populationOverCap({ points: 2501, doses: 0 }, 10_000)).not.toBeNull();
    // Doses count too: every person holds an amount per dose.
    expect(populationOverCap({ points: 2400, doses: 100 }, 10_000)).toBeNull();
    expect(populationOverCap({ points: 2400, doses: 101 }, 10_000)).not.toBeNull();
  });
});
