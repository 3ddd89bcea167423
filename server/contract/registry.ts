// The registry of named API schemas: each becomes a component of the generated OpenAPI document.
import { z } from 'zod';

/** Named schemas of the API (`id` is the component name in `/api/openapi.json`). */
export const API_SCHEMAS = z.registry<{ id: string; description?: string }>();
