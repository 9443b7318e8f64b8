import { describe, expect, it } from 'vitest';
import { hostOnlyThisComputer } from '../../renderer/src/presentation/ShareLesson';

// What a QR code of the link would open on a student's phone: loopback names the teacher's own computer.
describe('a class link from a host only this computer reaches is flagged', () => {
  it.each(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'])(
    '%s: only here',
    (host) => {
      expect(hostOnlyThisComputer(host)).toBe(true);
    },
  );
  it.each(['192.168.1.20', 'k2.example.org', 'localhost.example.org', '10.0.0.5', '128.0.0.1'])(
    '%s: reachable',
    (host) => {
      expect(hostOnlyThisComputer(host)).toBe(false);
    },
  );
});
