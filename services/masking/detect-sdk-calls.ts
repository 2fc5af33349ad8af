// SDK calls naming a resource: boto3 resource constructors and transfers, Java builders (`.tableName("x")`).
import { type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, hasFieldRole, parseValue, type FieldRole } from './detect-fields.js'
import { concatenation } from './detect-code-values.js'
import { emit } from './detect-emit.js'
import { handleChangeUserPassword } from './detect-mongo-shell.js'

/** A quoted bucket literal as a call argument (also JSON-escaped: \"x\"), then `,` or `)`. */
const BUCKET_ARG = /([ \t]*\\?)(["'])([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\\?\2[ \t]*[,)]/y

/** A quoted name literal as a call's only argument: `Table("orders")` (SQLAlchemy's `Table("users", metadata)` has more). */
const NAME_ARG = /([ \t]*\\?)(["'])([A-Za-z0-9][A-Za-z0-9_.+=@-]{0,254})\\?\2[ \t]*\)/y

/** A call's first argument is short: the search for its comma stays bounded. */
const ARG_MAX = 200

/**
 * SDK calls on an object (`x.Table(`) whose first quoted argument names a resource: boto3's resource
 * constructors (`s3.Bucket("b")`, `s3.Object("b", key)`, `dynamodb.Table("t")`, `iam.Role("r")`) and
 * the Java SDK's (`dynamoDB.getTable("t")`, `s3.getObject("b", key)`). Buckets are read by bucket shape.
 */
const SDK_CALLS: ReadonlyMap<string, string> = new Map([
  ['Bucket', 's3_bucket'], ['Object', 's3_bucket'], ['ObjectSummary', 's3_bucket'], ['BucketPolicy', 's3_bucket'],
  ['BucketVersioning', 's3_bucket'], ['BucketLifecycleConfiguration', 's3_bucket'], ['BucketCors', 's3_bucket'],
  ['getObject', 's3_bucket'], ['putObject', 's3_bucket'], ['deleteObject', 's3_bucket'], ['listObjects', 's3_bucket'],
  ['listObjectsV2', 's3_bucket'], ['getObjectMetadata', 's3_bucket'], ['doesBucketExistV2', 's3_bucket'],
  ['doesObjectExist', 's3_bucket'], ['createBucket', 's3_bucket'], ['deleteBucket', 's3_bucket'], ['getUrl', 's3_bucket'],
  ['Table', 'dynamodb_table'], ['getTable', 'dynamodb_table'], ['Role', 'iam_role'], ['User', 'iam_user'],
  ['InstanceProfile', 'iam_instance_profile'], ['Stack', 'cloudformation_stack']
])

const SDK_ARG_ROLE: FieldRole = { kind: 'resource_name', role: 'name' }

/** A builder method's string argument: `("x")`, or the first of several (`.table("x", TableSchema...)`). */
const BUILDER_ARG = /\(([ \t]*)"([^"\\\n]{1,1024})"[ \t]*[,)]/y

/**
 * SDK builders name a field by a method (Java v2 `.tableName("x")`, `.bucket("x")`, v1
 * `.withBucketName("x")`, Rust `.table_name("x")`, `.secret_id("x")`): the word text[i, j)
 * after a `.`, before `("`. A name or secret field's method takes its value as that field would.
 */
export function handleBuilderCall (text: string, i: number, j: number, sink: MatchSink): number {
  const first = text.charCodeAt(i)
  if (first < 97 || first > 122) return -1 // `new sst.aws.Bucket("Uploads", ...)`: a construct and its id, not a builder
  if (j - i === 18 && text.startsWith('changeUserPassword', i)) return handleChangeUserPassword(text, j, sink) // the mongo shell's: the user first
  if (j - i === 4 && text.startsWith('auth', i) && isMongoDb(text, i)) return handleChangeUserPassword(text, j, sink) // the mongo shell's `db.auth("user", "x")`
  const role = fieldRole(text.slice(i, j))
  if (role === null || (role.role !== 'name' && role.role !== 'secret')) return -1
  BUILDER_ARG.lastIndex = j
  const m = BUILDER_ARG.exec(text)
  if (m === null) return -1
  const kind = classifyValue(role, m[2], text.slice(i, j))
  if (kind === null) return -1
  const start = j + 2 + m[1].length
  return emit(text, start, start + m[2].length, start + m[2].length, kind, sink)
}

/** `db.` or `db.getSiblingDB("admin").` before text[i]: the mongo shell's database object. */
function isMongoDb (text: string, i: number): boolean {
  if (text.endsWith('db.', i)) return true
  if (!text.endsWith(').', i)) return false
  return text.slice(Math.max(0, i - 48), i).includes('getSiblingDB(') // a bounded look back
}

/** The longest word of SDK_CALLS: longer words before `(` are not looked up. */
export const SDK_CALL_MAX = Math.max(...[...SDK_CALLS.keys()].map(w => w.length))

/**
 * A resource named by an SDK call, the word text[i, j) right before `(`: SDK_CALLS, and boto3's
 * transfers with the bucket second or first: `s3.upload_file(path, "bucket", key)`,
 * `download_file("bucket", key, path)`, `upload_fileobj`/`download_fileobj`. Only a quoted literal
 * (a variable is code); -1 otherwise.
 */
export function handleBucketCall (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  let second = false
  let kind: string | undefined = 's3_bucket'
  if ((len === 4 && text.startsWith('file', i)) || (len === 7 && text.startsWith('fileobj', i))) {
    if (text.startsWith('upload_', i - 7)) second = true
    else if (!text.startsWith('download_', i - 9)) return -1
  } else if (text.charCodeAt(i - 1) !== 46 /* . */) return -1
  else if ((kind = SDK_CALLS.get(text.slice(i, j))) === undefined) return builderName(text, i, j, sink)
  let pos = j + 1
  if (second && (pos = afterFirstArgument(text, pos)) < 0) return -1
  const re = kind === 's3_bucket' ? BUCKET_ARG : NAME_ARG
  re.lastIndex = pos
  const m = re.exec(text)
  if (m === null || (kind !== 's3_bucket' && classifyValue(SDK_ARG_ROLE, m[3], 'name') === null)) return -1 // a plain word too: the call says what it is
  const start = pos + m[1].length + 1
  sink.push(start, start + m[3].length, kind)
  return start + m[3].length
}

/**
 * A builder's method named after a name field (CDK Java `.bucketName("acme-" + stage)`, SDK for
 * Java v2 `.tableName("orders")`): its quoted argument, and what is concatenated to it, is the
 * field's value. text[i, j) is the method, after a `.`; -1 when it names nothing.
 */
function builderName (text: string, i: number, j: number, sink: MatchSink): number {
  if (!hasFieldRole(text, i, j)) return -1
  const key = text.slice(i, j)
  const role = fieldRole(key)
  if (role === null || role.role !== 'name') return -1
  let pos = j + 1
  while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9) pos++
  const value = parseValue(text, pos)
  if (value === null || !value.quoted) return -1
  const kind = classifyValue(role, text.slice(value.start, value.end), key)
  if (kind === null) return -1
  return concatenation(text, emit(text, value.start, value.end, value.next, kind, sink), role, key, sink)
}

/** Just past the comma that ends the call argument starting at `pos` (outside quotes and brackets), or -1. */
function afterFirstArgument (text: string, pos: number): number {
  let depth = 0
  let quote = 0
  const limit = Math.min(text.length, pos + ARG_MAX)
  for (let k = pos; k < limit; k++) {
    const c = text.charCodeAt(k)
    if (quote !== 0) { if (c === quote) quote = 0; else if (c === 92) k++; continue }
    if (c === 34 || c === 39) quote = c
    else if (c === 40 || c === 91 || c === 123) depth++
    else if (c === 41 || c === 93 || c === 125) { if (depth-- === 0) return -1 }
    else if (c === 44 && depth === 0) return k + 1
    else if (c === 10) return -1
  }
  return -1
}
