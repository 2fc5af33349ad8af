// Black-box red team, twenty-seventh round: machine learning and generative AI on AWS as ML and app
// engineers paste them (test/fixtures/blackbox-26/): Bedrock model invocation logs (JSON lines in
// CloudWatch with identity ARNs, the logging configuration); a Bedrock agent created from the CLI
// with its action group, OpenAPI schema, Lambda permission and alias; an agent trace (orchestration,
// rationale, invocationInput, observation, knowledge base lookup); a knowledge base on OpenSearch
// Serverless (collection, access policy, index from opensearch-py, ingestion job, retrieve); Guardrails,
// provisioned throughput, custom model import and batch inference (jsonl records and manifest); SageMaker
// training job JSON, pipeline execution and endpoint config YAML, a Studio domain with a JumpStart
// notebook, a processing job log; LangChain / LlamaIndex tracebacks with `~/.aws` profiles; Amazon Q
// Business and Q Developer; Comprehend, Textract and Transcribe jobs; a managed MLflow tracking server
// with presigned URLs; and a chat question about a broken RAG pipeline.
import { fileURLToPath } from 'node:url'
import { documentSuite } from './blackbox-helpers.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox-26/', import.meta.url))

// Beyond the spec, so listed under `extra`: AWS CLI profile names, customer domains outside AWS
// (an OpenAPI server, Confluence), OpenSearch index names, agent alias and guardrail names, MLflow
// experiment and run names and ids, Comprehend and Textract job ids, Transcribe vocabularies, Q
// Business index and web experience ids, S3 object keys, personal data in prompts (names, an SSN,
// member numbers), session ids and database logins. A Transcribe job's name is masked where it
// stands alone, but stays inside the S3 object key Transcribe derives from it (`redacted-<job>.json`).
// Fixed in this round (fixes-round27-*.test.ts): Bedrock ids (ten upper-case letters and digits)
// under `knowledgeBaseId`, `--data-source-id`, `x-amz-bedrock-kb-data-source-id` and in prose
// (`knowledge base X`, `Knowledge base with id X`, `data source (id X)`, `agent X`); a knowledge
// base's `name` (under `knowledgeBase`, `dataSource`, or beside a `guardrailArn`); KMS key ids under
// role-named fields (`VolumeKmsKeyId`, `OutputEncryptionKMSKeyId`, `s3EncryptionKeyId`); SageMaker's
// `sagemaker.aws` hosts (a managed MLflow server, a Studio domain). Kept: a custom model's base model
// in its ARN, `chat.qbusiness` of a Q Business endpoint, AWS's SageMaker and DLC image repositories,
// Python building an auth object (`AWSV4SignerAuth(...)`), a JMESPath alias (`Auth:AuthMode`), and a
// PostgreSQL table in `permission denied for table x`. SigV4 signatures stay, as in earlier rounds.

/** Known gaps, by `document|mode|value` (mode: text or json; `keep:` marks over-masking): asserted as todos with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {}

documentSuite(DIR, KNOWN_GAPS, 14)
