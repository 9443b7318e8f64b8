import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtOnFirstUse } from '../../sim/builtOnFirstUse';
import { defaultScenario, parseScenario, scenarioSchema, serializeScenario } from '../../sim';
import { channels } from '../../sim/ipc/contract';

/**
 * The scenario, schedule, fit, measured-level, lesson and IPC schemas are built at their first use, not while
 * their modules load (a cold start of the app parses nothing before the first chart). The proxy must be
 * indistinguishable from the schema it stands for: checked against the same schema built directly.
 */
const build = () =>
  z
    .object({ doseUg: z.number().min(0).max(10), name: z.string().default('x'), tags: z.array(z.string()) })
    .strict();

describe('builtOnFirstUse', () => {
  it('builds once, at the first use', () => {
    let builds = 0;
    const lazy = builtOnFirstUse(() => {
      builds++;
      return build();
    });
    expect(builds).toBe(0);
    lazy.safeParse({});
    lazy.safeParse({});
    expect(builds).toBe(1);
  });

  it('parses, refuses and reports as the schema itself does', () => {
    const direct = build();
    const lazy = builtOnFirstUse(build);
    for (const input of [
      { doseUg: 5, tags: [] },
      { doseUg: 11, tags: ['a', 2] },
      { doseUg: 1, tags: [], extra: 1 },
      3,
    ]) {
      expect(lazy.safeParse(input)).toEqual(direct.safeParse(input));
    }
    expect(lazy.parse({ doseUg: 2, tags: [] })).toEqual({ doseUg: 2, name: 'x', tags: [] });
  });

  it('is the schema to instanceof, keys, methods that use `this`, and schemas built over it', () => {
    const lazy = builtOnFirstUse(build);
    expect(lazy).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(lazy.shape)).toEqual(['doseUg', 'name', 'tags']);
    expect(lazy.safeParse === lazy.safeParse).toBe(true);
    expect(lazy.optional().safeParse(undefined).success).toBe(true);
    expect(
      z
        .array(lazy)
        .max(1)
        .safeParse([{ doseUg: 1, tags: [] }]).success,
    ).toBe(true);
    expect(z.array(lazy).safeParse([{ doseUg: -1, tags: [] }]).success).toBe(false);
  });

  it('a table of schemas lists its keys', () => {
    expect(Object.keys(channels)).toContain('scenario:save');
    expect('scenario:open' in channels).toBe(true);
  });

  it('the scenario schema still reads a saved scenario and refuses a bad one', () => {
    const text = serializeScenario(defaultScenario());
    const read = parseScenario(JSON.parse(text));
    expect(read.ok && read.scenario).toEqual(defaultScenario());
    expect(scenarioSchema.safeParse({ ...defaultScenario(), horizonDays: -1 }).success).toBe(false);
  });
});
