import path from 'node:path';
import { shellQuote, markdownCell } from '../render/encode.js';
import { blankTextProblem, hasControlCharacters } from './command-spec.js';
import { InputError, type InputProblem } from './input-error.js';
import { emptyDirectoryProblem, invalidUtf8Problems, nameLengthProblem, withUtf8ProblemsFirst } from './input-limits.js';
import type { ModelContext } from './plugin-model.js';

/** What the user gave for an add-on (`--kind addon`), before any check. */
export interface AddonInput {
  name?: string;
  description?: string;
  author?: string;
  license?: string;
  scheme?: string;
  perApp?: boolean;
  dumpRestore?: boolean;
  directory?: string;
}

/** The validated add-on every add-on template is rendered from; strings are safe where they land. */
export interface AddonModel {
  kind: 'addon';
  name: string;
  /** `DOKKU_REDIS_URL`: what Dokku's add-ons plugin exports into the app. */
  urlVariable: string;
  /** `REDIS`: the prefix of the add-on's own settings (`REDIS_IMAGE`). */
  envPrefix: string;
  description: string;
  author: string;
  license: string;
  year: number;
  scheme: string;
  port: number;
  image: string;
  /** The URL ends in `/ID` where the service names a database (or vhost) per app; redis and memcached do not. */
  urlPath: boolean;
  perApp: boolean;
  dumpRestore: boolean;
  directory: string;
  shell: { description: string };
  readme: { description: string };
  warnings: string[];
}

// The add-ons plugin exports the URL as DOKKU_<NAME>_URL, so the name must make a valid variable name.
const ADDON_NAME = /^[a-z][a-z0-9_]*$/;
const SCHEME = /^[a-z][a-z0-9+.-]*$/;

/**
 * Ports, images and URL shapes of services people commonly wrap; anything else gets a placeholder to edit.
 * A redis URL's path is a database number, so `/ID` there would break every client: the ID is the user.
 */
const KNOWN_SERVICES: Record<string, { port: number; image: string; urlPath: boolean }> = {
  redis: { port: 6379, image: 'redis:7', urlPath: false },
  postgres: { port: 5432, image: 'postgres:16', urlPath: true },
  postgresql: { port: 5432, image: 'postgres:16', urlPath: true },
  mysql: { port: 3306, image: 'mysql:8', urlPath: true },
  mariadb: { port: 3306, image: 'mariadb:11', urlPath: true },
  mongodb: { port: 27017, image: 'mongo:7', urlPath: true },
  memcached: { port: 11211, image: 'memcached:1', urlPath: false },
  amqp: { port: 5672, image: 'rabbitmq:3', urlPath: true },
};

export const ADDON_DEFAULTS = {
  directory: (name: string) => `dokku-addon-${name}`,
  description: (name: string) => `Dokku add-on ${name}`,
};

export function addonNameProblem(name: string): string | undefined {
  if (name === '') {
    return 'the add-on name is empty; give one such as `redis` or `search_index`';
  }
  const tooLong = nameLengthProblem(name, 'an add-on name');
  if (tooLong) {
    return tooLong;
  }
  if (name.includes(':')) {
    return `"${name}" contains ":", which separates fields in the add-ons plugin's records; use letters, digits and "_"`;
  }
  if (!ADDON_NAME.test(name)) {
    return `"${name}" cannot be part of the environment variable DOKKU_${name.toUpperCase()}_URL: use lowercase letters, digits and "_", starting with a letter`;
  }
  return undefined;
}

export function buildAddonModel(input: AddonInput, context: ModelContext): AddonModel {
  const problems: InputProblem[] = [];
  const problem = (flag: string, message: string) => problems.push({ flag, message });
  const name = (input.name ?? '').trim().replace(/^dokku-addon-/, '');
  const nameProblem = addonNameProblem(name);
  if (nameProblem) {
    problem('--name', nameProblem);
  }
  const givenDescription = input.description ?? ADDON_DEFAULTS.description(name);
  const description = givenDescription.trim();
  if (description === '' && givenDescription !== '') {
    problem('--description', `${blankTextProblem(givenDescription)}; give one line saying what the add-on provides`);
  } else if (description === '' || hasControlCharacters(description)) {
    problem('--description', 'give one line saying what the add-on provides');
  }
  const author = (input.author ?? `The dokku-addon-${name} authors`).trim();
  if (author === '' || hasControlCharacters(author)) {
    problem('--author', 'give the copyright holder as one line of text');
  }
  const license = (input.license ?? 'MIT').trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(license)) {
    problem('--license', `"${license}" is not an SPDX licence identifier such as MIT`);
  }
  const scheme = (input.scheme ?? '').trim().toLowerCase();
  if (scheme === '') {
    problem('--scheme', 'required: the URL scheme the service speaks, such as redis, postgres or mysql');
  } else if (!SCHEME.test(scheme)) {
    problem('--scheme', `"${scheme}" is not a URL scheme: use lowercase letters, digits, "+", "." and "-"`);
  }
  const directoryProblem = emptyDirectoryProblem(input.directory, ADDON_DEFAULTS.directory(nameProblem ? 'NAME' : name));
  if (directoryProblem) {
    problems.push(directoryProblem);
  }
  const utf8 = invalidUtf8Problems([
    ['--name', input.name], ['--description', input.description], ['--author', input.author], ['--license', input.license],
    ['--scheme', input.scheme], ['--directory', input.directory],
  ]);
  if (problems.length > 0 || utf8.length > 0) {
    throw new InputError(withUtf8ProblemsFirst(utf8, problems));
  }
  const known = KNOWN_SERVICES[scheme];
  const warnings = known ? [] : [`no known image for the ${scheme} scheme: set the image and port at the top of addon-functions`];
  return {
    kind: 'addon',
    name,
    urlVariable: `DOKKU_${name.toUpperCase()}_URL`,
    envPrefix: name.toUpperCase(),
    description,
    author,
    license,
    year: context.year,
    scheme,
    port: known?.port ?? 8080,
    image: known?.image ?? `${scheme}:latest`,
    urlPath: known?.urlPath ?? true,
    perApp: input.perApp === true,
    dumpRestore: input.dumpRestore !== false,
    directory: path.resolve(context.cwd, input.directory ?? ADDON_DEFAULTS.directory(name)),
    shell: { description: shellQuote(description) },
    readme: { description: markdownCell(description) },
    warnings,
  };
}
