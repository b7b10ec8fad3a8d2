/**
 * A planned leg's wheels: one per package, of the version under test, each
 * listed by the manifest; every other shape is refused before anything runs.
 */
import { describe, expect, it } from '@jest/globals';
import { createManifest } from '../../../../src/distributions/index.js';
import { legPackages, manifestEntries, planLegWheels } from '../../../../src/commands/verify-install/leg-wheels.js';

const RAY = 'ray-2.9.4-cp312-cp312-manylinux2014_x86_64.whl';
const RAY_CPP = 'ray_cpp-2.9.4-cp312-cp312-manylinux2014_x86_64.whl';

describe('legPackages', () => {
  it('takes package as given, else the distributions of the wheels, once each under PEP 503', () => {
    expect(legPackages(['ray', 'Ray-CPP', 'ray_cpp'], [])).toEqual(['ray', 'Ray-CPP']);
    expect(legPackages([], [RAY, RAY_CPP])).toEqual(['ray', 'ray_cpp']);
  });
});

describe('planLegWheels', () => {
  it('maps each wheel to its package', () => {
    const planned = planLegWheels(['ray', 'ray-cpp'], '2.9.4', [RAY_CPP, RAY]);
    expect([...planned.values()].map((w) => [w.project, w.filename])).toEqual([['ray-cpp', RAY_CPP], ['ray', RAY]]);
  });

  it('refuses a wheel of another package, another version, two of one package, a package without one, an sdist', () => {
    expect(() => planLegWheels(['ray'], '2.9.4', [RAY_CPP])).toThrow(`wheels: ${RAY_CPP} is a wheel of ray_cpp, which package does not name (ray).`);
    expect(() => planLegWheels(['ray'], '2.9.5', [RAY])).toThrow(`wheels: ${RAY} is version 2.9.4, but version is 2.9.5.`);
    expect(() => planLegWheels(['ray'], '2.9.4', [RAY, 'ray-2.9.4-py3-none-any.whl'])).toThrow(`wheels: ${RAY} and ray-2.9.4-py3-none-any.whl are both wheels of ray; one environment holds one of them.`);
    expect(() => planLegWheels(['ray'], '2.9.4', [RAY, RAY])).toThrow(`wheels: ${RAY} is named twice.`);
    expect(() => planLegWheels(['ray', 'ray-cpp'], '2.9.4', [RAY])).toThrow('wheels names no wheel of ray-cpp; a leg given wheels installs exactly those, one for each package.');
    expect(() => planLegWheels(['ray'], '2.9.4', ['ray-2.9.4.tar.gz'])).toThrow('wheels: ray-2.9.4.tar.gz is not a wheel filename (a leg installs wheels, never an sdist).');
    expect(() => planLegWheels(['ray'], '2.9.4', ['ray-cp312.whl'])).toThrow(/^wheels: ray-cp312.whl is not a wheel filename \(/);
  });
});

describe('manifestEntries', () => {
  it('finds each wheel\'s entry, and refuses one the manifest does not list', () => {
    const manifest = createManifest([{ filename: RAY, size: 10, sha256: 'a'.repeat(64) }]);
    const planned = planLegWheels(['ray', 'ray-cpp'], '2.9.4', [RAY, RAY_CPP]);
    expect(() => manifestEntries(planned.values(), manifest, 'm.json')).toThrow(`wheels names ${RAY_CPP}, which the manifest m.json does not list (it lists 1 wheel: ${RAY}).`);
    expect(manifestEntries([planned.get('ray')!], manifest, 'm.json').get(RAY)?.sha256).toBe('a'.repeat(64));
  });
});
