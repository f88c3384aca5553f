// docs/api.md is rendered from the OpenAPI document; it must be what `npm run docs:api` writes today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_DOC, renderApiDoc } from '../../scripts/api-doc';
import { openApiDocument } from '../../server/http/openapi';
import { ROUTES } from '../../server/routes';

describe('docs/api.md', () => {
  it('is up to date with the route table and its schemas (run `npm run docs:api`)', () => {
    expect(readFileSync(API_DOC, 'utf8')).toBe(renderApiDoc(openApiDocument(ROUTES)));
  });
});
