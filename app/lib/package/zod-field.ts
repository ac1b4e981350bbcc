import { z } from 'zod';
import { BOOLEAN_WORDS, type FieldType, INSTANT_FORMAT, type TableField } from './table-schema';

/*
 * A Table Schema field read off a read API schema's field (app/lib/api/schemas/),
 * so that a column's type, its allowed words and its description are written
 * once, for the API, the OpenAPI document and the data package alike.
 */

interface JsonSchemaField {
  type?: string | string[];
  format?: string;
  enum?: string[];
  anyOf?: JsonSchemaField[];
}

/** The field's JSON Schema without its null branch, and whether null was one (zod writes `type: ['number', 'null']` or an anyOf). */
function withoutNull(schema: JsonSchemaField): { schema: JsonSchemaField; nullable: boolean } {
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null');
    if (types.length !== 1) throw new Error('A field of a data package CSV must have one type besides null.');
    return { schema: { ...schema, type: types[0] }, nullable: types.length < schema.type.length };
  }
  const branches = schema.anyOf?.filter((branch) => branch.type !== 'null');
  if (!branches || branches.length === schema.anyOf!.length) return { schema, nullable: false };
  if (branches.length !== 1) throw new Error('A field of a data package CSV must have one type besides null.');
  return { schema: branches[0], nullable: true };
}

function fieldType(schema: JsonSchemaField, instant: boolean): FieldType {
  if (Array.isArray(schema.type)) throw new Error('withoutNull leaves one type.');
  if (schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean') return schema.type;
  if (schema.type !== 'string') throw new Error(`No Table Schema type for JSON Schema type ${schema.type}.`);
  if (schema.format === 'date') return 'date';
  // The API writes an instant as text (its OpenAPI type), but a reader of the CSV wants a datetime.
  return instant ? 'datetime' : 'string';
}

/**
 * The Table Schema field for a CSV column described by `schema`: its type
 * (`instant` for a column of ISO 8601 instants), enum and "required" from
 * the schema, its description from the schema's meta, and `title`.
 */
export function fieldFromZod(name: string, schema: z.ZodType, title: string, { instant = false } = {}): TableField {
  const description = schema.description;
  if (!description) throw new Error(`The API schema of ${name} has no description.`);
  const { schema: json, nullable } = withoutNull(z.toJSONSchema(schema, { io: 'output' }) as JsonSchemaField);
  const type = fieldType(json, instant);
  return {
    name,
    type,
    ...(type === 'datetime' ? { format: INSTANT_FORMAT } : {}),
    title,
    description,
    constraints: { ...(nullable ? {} : { required: true }), ...(json.enum ? { enum: json.enum } : {}) },
    ...(type === 'boolean' ? BOOLEAN_WORDS : {}),
  };
}
