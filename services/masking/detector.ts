// The one-pass detector: a hand-written scanner walks the text once, word by word. Cheap
// features of each word (length, first char, the char after it, digits only, ...) say which
// shapes could start there; only those run, as sticky regexes at that position, most specific
// first, and their handlers emit fine-grained matches (ARN parts, host labels, field values).
// JSON escapes (`\n`, `\u00e9`, `\"`) are stepped over whole, so no match starts inside one.
import { handleQueryList } from './detect-query.js'
import { handleJsonpathValue } from './detect-jsonpath.js'
import { handleEnvDefault } from './detect-env-default.js'
import { handleDockerEnv } from './detect-dockerfile.js'
import { handleXmlElement } from './detect-xml.js'
import { decodedQuotesView, matchInOrigin } from './detect-encoded.js'
import type { Detector, DetectContext, Match } from './types.js'
import { MatchSink, WordSet, codeAt, indexWithin, lastIndexWithin } from './detect-sink.js'
import { CLASS, SHAPES, HEX, attempt, cls } from './detect-shapes.js'
import { fifoSuffixesKept, gluedStarts, mergeDeferred } from './detect-finish.js'
import { attemptKeyValue, isKeyContinuation } from './detect-key-value.js'
import { detectInField } from './detect-context.js'
import { hasFieldRole } from './detect-fields.js'
import { NOUN_FIRST_WORDS, isCommandContext, isHclLabel } from './detect-prose.js'
import { handleKeyValue } from './detect-kv.js'
import { handleGluedPassword, handleFlagPassword } from './detect-client-passwords.js'
import { handleCdkImport, handleTerraformImport, handleCdkDiffField } from './detect-iac.js'
import { handleImdsRole, handleValidationValue, handleLogsTail, handleSsmActivationCode } from './detect-cli-commands.js'
import { handleDashTable, handleCsvColumn } from './detect-tables.js'
import { SDK_CALL_MAX, handleBucketCall, handleBuilderCall } from './detect-sdk-calls.js'
import { ACCENTED_NOUN_HEADS, RESOURCE_ID_PREFIXES, SESSION_TOKEN_PREFIXES } from './catalogue.js'
import { encodedSlashBefore, escapedTokenEndAt, tokenEndAt } from './token-match.js'
import { handleEncodedEmail, handleServiceUserName } from './detect-backward.js'
import { ecsRuntimeIdAt, isResourceIdAt, resourceIdAt, shapedIdAt, startsWithAny } from './detect-ids.js'
import { escapeEndsAfter, isAsciiAlnum, isControlEscapeLetter, terminalSequenceEndsAt } from './escapes.js'
import { handleApiExecutionLogs, handleApiUserAgent, handleEncodedLogGroup, handleInsightsSource } from './detect-loggroup.js'
import { handleOracleThin } from './detect-url.js'
import { handleKmsAlias } from './detect-arn.js'
import { handleAossResource } from './detect-aoss.js'
import { handleLoginPair, handleProsePassword } from './detect-prose-secret.js'
import { handleProseKey, jwtAt } from './detect-prose-key.js'
import { handleNameBeforeNoun } from './detect-prose-before.js'
import { handleNameInStore, handleStoreAsName } from './detect-prose-store.js'
import { handleKeyIdUuid, handleKeyUuid } from './detect-key-id.js'
import { handleActivationCodeVariable } from './detect-ssm-activation.js'
import { handleMarkdownKey } from './detect-markdown-key.js'
import { THIRD_PARTY_HEADS, googleApiKeyAt, slackWebhookAt, thirdPartyKeyAt } from './detect-third-party.js'
import { handleJsonPathComparison } from './detect-sql.js'
import { handleDittoDimension } from './detect-metric.js'
import { handleBuildEnvValue } from './detect-build-env.js'
import { handleAlarmSubject } from './detect-alarm-subject.js'
import { handleVpnPsk } from './detect-vpn-psk.js'
import { handleBatchReportRow } from './detect-batch-report.js'
import { handleCanaryArtifacts, handleTfLockPath } from './detect-artifact-paths.js'
import { handleFifoName } from './detect-fifo.js'
import { handleNetrcPassword, handlePgpassLine } from './detect-dotfiles.js'
import { handleTreeLine } from './detect-tree-line.js'
import { handleVaultPolicy } from './detect-backup-vault.js'
import { handlePossessive } from './detect-possessive.js'
import { handleTlsSecret } from './detect-tls-secrets.js'
import { handleImdsNameTag, handleImdsSecurityGroups } from './detect-imds.js'
import { handleFlowLogHeader } from './detect-flow-log.js'
import { handleXfrmKey } from './detect-xfrm.js'
import { handleProxyAuth } from './detect-proxy-auth.js'
import { handleEcsTaskFlag } from './detect-ecs-task.js'
import { handleReplayStarted } from './detect-replay-started.js'
import { handleMentionName, handleNameBeforeService, handleServiceOnName } from './detect-bare-app-names.js'
import { handleLbAnnotationList } from './detect-k8s-annotations.js'
import { handleTcpdumpDestination } from './detect-tcpdump.js'
import { handleWgDumpLine, mayBeWgDumpLine } from './detect-wireguard.js'
import { handleCodeCommitRepo } from './detect-codecommit.js'
import { handlePlaintextSnippet, handleXxdDump } from './detect-kms-plaintext.js'
import { handleFluentBitPasswd } from './detect-fluent-bit.js'
import { handleFirehoseObject } from './detect-firehose-object.js'
import { handleTransferHome } from './detect-transfer-home.js'
import { handleOpaqueValue } from './detect-opaque-values.js'
import { handleSmtpAuth } from './detect-smtp-auth.js'
import { handleNetUse } from './detect-net-use.js'
import { handleSecretReference } from './detect-secret-refs.js'
import { handleMissingName, handleTerraformErrorId } from './detect-missing-names.js'
import { handlePasswordHash } from './detect-password-hash.js'
import { handleKeyProseSecret } from './detect-key-prose-secret.js'
import { handleSparkPod } from './detect-spark-pod.js'
import { handleLocationPath } from './detect-location-path.js'
import { handleRedriveTarget } from './detect-redrive-target.js'
import { handleGrcUrl } from './detect-grc-url.js'
import { handleNameWords } from './detect-name-tag-words.js'
import { browserVersionEnd, handleWindowsWord } from './detect-windows.js'
import { handleDomainSid } from './detect-windows-sid.js'
import { handleUserlistLine } from './detect-pgbouncer-userlist.js'
import { handleEventDataStore } from './detect-event-data-store.js'
import { handleCfnEventsRow } from './detect-cfn-events-row.js'
import { handleRedactedTranscript } from './detect-transcribe-key.js'
import { handleBedrockIdAfterNoun } from './detect-bedrock-ids.js'
import { handleGoDsn, isGoDsnProtocol } from './detect-go-dsn.js'
import { handleDashOption } from './detect-dash-option.js'
import { handleRedisAuth, isRedisAuthWord } from './detect-redis-auth.js'
import { handleSetPassword } from './detect-sql-password.js'
import { handleCacheNode } from './detect-cache-node.js'
import { handleCfnOutput } from './detect-cfn-output.js'
import { handleEbList } from './detect-eb-list.js'
import { handleUnlockCode } from './detect-unlock-code.js'
import { handleCDefine } from './detect-c-define.js'
import { handleAmazonIqn } from './detect-iqn.js'
import { handleIotReservedTopic } from './detect-iot-topic.js'
import { handleRegionDottedAccount } from './detect-region-account.js'
import { handleIvsStreamKey } from './detect-ivs-stream-key.js'
import { handleCloudFrontSignature } from './detect-cloudfront-signature.js'
import { handleBearerProse } from './detect-bearer-prose.js'
import { handleCliIdOption } from './detect-cli-id-option.js'

const NOUN_WORDS = new WordSet(NOUN_FIRST_WORDS)
/** First words of id shapes that continue with `-`: resource prefixes, db-, mrk-, ou-, regions (Cognito). */
const ID_HEADS = new WordSet([...Object.keys(RESOURCE_ID_PREFIXES).map(p => p.split('-')[0]),
  'db', 'cluster', 'hsm', 'b', 's', 'task', 'loc', 'exec', 'mrk', 'fleet', 'sfr', 'ws', 'ou', 'o', 'r', 'us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn',
  'sn', 'svc', 'tg', 'sna', 'snsa', 'snva', 'listener', 'mgnjob', 'drsjob', 'p', 'd', 'wsb',
  'prodview', 'port', 'prod', 'pp', 'pa', 'rec', 'cons', 'e', 'dxcon', 'dxlag', 'dxvif', 'dxpeer', 'dxic', 'sgw', 'share', 'fsa', 'build', 'alias', 'script', 'psess']) // the heads of SHAPED_IDS too

const ELB_FLAVOURS = new WordSet(['app', 'net', 'gwy'])
const DASHED_HOSTS = new WordSet(['ip', 'ec2'])

/** Tries the shapes that can start at the word text[i, j) (alphanumerics only). */
function atWord (text: string, i: number, j: number, flags: number, hex: boolean, sink: MatchSink): number {
  const len = j - i
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1 // the char before the word, read once (never out of bounds: see codeAt)
  const first = text.charCodeAt(i)
  const after = j < text.length ? text.charCodeAt(j) : 0
  let r = -1
  const firstCls = cls(first)
  if (first === 50 /* 2 */ && len > 2 && (prev === 37 || prev === 36)) { // `%2Fname`, `$252Fname`: the word after a URL-encoded slash
    const skip = afterEncodedSlash(text, i, j)
    if (skip > 0) return atWordFrom(text, i + skip, j, sink)
  }
  if (len > 2 && prev === 37 && HEX[first] === 1 && HEX[text.charCodeAt(i + 1)] === 1) { // `%3Di-0abc`, `%2Csg-0abc`: the word after another escape
    if (first === 52 && text.charCodeAt(i + 1) === 48 && (r = handleEncodedEmail(text, i - 1, sink)) >= 0) return r // `name%40example.com`
    if ((r = atWordFrom(text, i + 2, j, sink)) >= 0) return r
    if (cls(text.charCodeAt(i + 2)) !== 1) return j // a word, not the escape's digits glued to it (`%22aws_rds_x`)
  }
  if ((prev === 91 || prev === 59) && (r = afterTerminalSequence(text, i, j, sink)) >= 0) return r // `\x1b[0;31mi-0abc`
  if (len === 4 && first === 50 && after === 45 && (prev === 10 || prev === -1) && indexWithin(text, '\t', j, j + 32) >= 0) handleCfnEventsRow(text, i, sink) // a console-copied CloudFormation events row
  if ((prev === 10 || prev === -1) && firstCls <= 2) {
    handleBatchReportRow(text, i, sink) // an S3 Batch Operations report row's bucket
    handlePgpassLine(text, i, sink) // a ~/.pgpass line's password
  }
  if (firstCls === 4 && ((len === 6 && after === 45) || (len === 10 && after === 32) || (after === 95 && (len === 5 || len === 6 || len === 8))) &&
    (r = handleTlsSecret(text, i, j, sink)) >= 0) return r // `Master-Key: <hex>`, `Resumption PSK: <hex>`, an SSLKEYLOGFILE line
  if (len === 8 && after === 45 && first === 115 /* s */ && text.startsWith('security', i) && (prev === 47 || prev === 10 || prev === -1)) handleImdsSecurityGroups(text, i, j, sink) // IMDS's, ec2-metadata's group names
  if (len === 4 && prev === 47 && first === 78 /* N */ && text.startsWith('Name', i)) handleImdsNameTag(text, i, sink) // `meta-data/tags/instance/Name`'s output
  if (len === 3 && first === 101 /* e */ && after === 45 && (prev === 32 || prev === 10 || prev === -1) && text.startsWith('-name', i + 11)) handleFlowLogHeader(text, i, sink) // `ecs-cluster-name` of a flow log header
  if ((len === 3 || len === 4) && (first === 97 || first === 101) && (prev === 9 || prev === 32 || prev === 116) && (after === 32 || after === 45) &&
    (r = handleXfrmKey(text, i, sink)) >= 0) return r // `ip xfrm state`'s keys (`\tenc` JSON-escaped too)
  if (((len === 5 && after === 61) || ((len === 4 || len === 8 || len === 13) && (after === 32 || after === 45))) && (first === 108 || first === 97 || first === 105 || first === 65) &&
    (r = handleProxyAuth(text, i, j, sink)) >= 0) return r // Squid's `login=u:x`, HAProxy's `stats auth u:x`, nginx's `proxy_set_header Authorization "Basic x"`
  if (len === 5 && prev === 47 && after === 47 && first === 114 /* r */ && text.startsWith('repos', i) && (r = handleCodeCommitRepo(text, i, sink)) >= 0) return r // `path=v1/repos/x` of CodeCommit
  if ((prev === 10 || prev === -1 || ((prev === 43 || prev === 47) && (i === 1 || codeAt(text, i - 2) === 10)))) { // `wg show all dump`'s private and preshared keys
    const s = prev === 43 || prev === 47 ? i - 1 : i
    if (mayBeWgDumpLine(text, s, after, j - s) && (r = handleWgDumpLine(text, s, sink)) >= 0) return r
  }
  if ((prev === 47 || prev === 45) && ((len === 8 && first === 115 && after === 45) || (len === 7 && first === 115 && after === 58)) && codeAt(text, i - 2) !== 32) handleLbAnnotationList(text, i, j, sink) // `alb.ingress.kubernetes.io/security-groups: sg-..., name`
  if (prev === 64 && (len === 3 || len === 4) && after === 40 && isGoDsnProtocol(text, i, j)) handleGoDsn(text, i, sink) // `user:x@tcp(host:3306)/db`
  if (prev === 64 && (len === 4 || len === 6 || len === 7 || len === 8) && (r = handleMentionName(text, i, j, sink)) >= 0) return r // `@here orders-sync is stuck`
  if (len === 2 && first === 111 /* o */ && prev === 32 && after === 32 && text.charCodeAt(i + 1) === 110 && (r = handleServiceOnName(text, i, sink)) >= 0) return r // `RUM on checkout-web`
  if (len === 7 && first === 115 /* s */ && prev === 32 && text.startsWith('service', i)) handleNameBeforeService(text, i, sink) // `the orders-api service`
  if ((len === 4 || len === 5 || len === 6) && (after === 32 || after === 9) && ((first | 32) === 98 || (first | 32) === 115 || (first | 32) === 97) && (r = handleBedrockIdAfterNoun(text, i, j, sink)) >= 0) return r // `knowledge base RLQ7X2M9KZ`
  if (len === 2 && first === 101 && after === 32 && text.charCodeAt(i + 1) === 98 && (prev === 32 || prev === 10 || prev === -1) &&
    (r = handleEbList(text, j, sink)) >= 0) return r // `$ eb list`: the environment names it printed
  if ((len === 9 || len === 12) && (first === 79 || first === 80) && (after === 34 || after === 61 || after === 58) && (text.startsWith('OutputKey', i) || text.startsWith('ParameterKey', i)) &&
    (r = handleCfnOutput(text, j, sink)) >= 0) return r // `"OutputKey": "ResultsBucket", "OutputValue": "x"`
  if (prev === 45 && after === 45 && firstCls <= 2 && codeAt(text, i - 2) === 45 && (r = handleCliIdOption(text, i, sink)) >= 0) return r // `--contact-flow-id <uuid>`
  if (len === 6 && after === 32 && (first | 32) === 98 && text.startsWith('earer', i + 1) && (r = handleBearerProse(text, j, sink)) >= 0) return r // `with bearer <token>`
  if (len === 9 && after === 61 && first === 83 && text.startsWith('ignature', i + 1) && (r = handleCloudFrontSignature(text, i, j, sink)) >= 0) return r // `&Signature=x`, `CloudFront-Signature=x`
  if (len === 2 && after === 95 && first === 115 && text.charCodeAt(i + 1) === 107 && (r = handleIvsStreamKey(text, i, sink)) >= 0) return r // IVS's `sk_<region>_..._...`
  if (len === 4 && after === 32 && (first | 32) === 110 && text.startsWith('ode', i + 1) && (r = handleCacheNode(text, j, sink)) >= 0) return r // ElastiCache's `node marlowe-rate-limits-002`
  if (len === 7 && first === 115 /* s */ && after === 32 && codeAt(text, j + 1) === 40 && text.startsWith('started', i) && (r = handleReplayStarted(text, i, j, sink)) >= 0) return r // `replay ... started (x)`
  if (len === 3 && first === 120 /* x */ && (prev === 32 || prev === 124) && text.startsWith('xxd', i)) handleXxdDump(text, i, sink) // a KMS data key printed by `xxd`
  if ((len === 4 || len === 5) && first === 116 /* t */ && prev === 45 && codeAt(text, i - 2) === 45 && text.startsWith('task', i) && (r = handleEcsTaskFlag(text, i, j, sink)) >= 0) return r // `aws ecs execute-command --task <id>`
  if (len === 6 && prev === 95 && (after === 32 || after === 9) && (first | 32) === 112 && (r = handleFluentBitPasswd(text, i, sink)) >= 0) return r // Fluent Bit's `HTTP_Passwd  x`
  if (((prev === 36 && after === 36 && len <= 8) || (len === 5 && first === 83 && after === 45) || (len === 6 && first === 112 && after === 95) || (len >= 33 && len <= 35 && first === 109)) &&
    (r = handlePasswordHash(text, i, j, prev, after, sink)) >= 0) return r // `$2y$12$…` (bcrypt), `SCRAM-SHA-256$4096:…`, `md5<hex>`, `pbkdf2_sha256$…`
  if (len === 5 && first === 115 /* s */ && after === 45 && codeAt(text, j + 1) === 48 && text.startsWith('spark', i) && (r = handleSparkPod(text, i, sink)) >= 0) return r // EMR on EKS pods `spark-<jobRunId>-driver`
  if (len === 2 && first === 118 /* v */ && prev === 47 && after === 47 && text.charCodeAt(i + 1) === 48 && (r = handleLocationPath(text, i, sink)) >= 0) return r // Amazon Location's `/maps/v0/maps/<map>/…`
  if (prev === 32 && after === 32 && ((len === 4 && first === 105 && text.startsWith('into', i)) || (len === 2 && first === 116 && text.charCodeAt(i + 1) === 111)) && (r = handleRedriveTarget(text, j, sink)) >= 0) return r // `back into fw-pricing-events` (its `-dlq` named nearby)
  if (firstCls === 4 && after === 95 /* _ */ && (r = tokenEndAt(text, i)) >= 0) { sink.push(i, r, 'token_literal'); return r }
  if (firstCls === 4 && after === 92 && codeAt(text, j + 1) === 95 && (r = escapedTokenEndAt(text, i)) >= 0) { sink.push(i, r, 'token_literal'); return r } // `IAM\_ROLE\_1`, as markdown escapes it
  if (len === 3 && (after === 37 || after === 36) && first === 97 && text.startsWith('aws', i) && (r = handleEncodedLogGroup(text, i, sink)) >= 0) return r
  if (len === 8 && after === 32 && prev === 32 && (first === 80 || first === 112) && (r = handleSetPassword(text, i, sink)) >= 0) return r // MySQL's `SET PASSWORD FOR 'u'@'%' = 'x'`
  if (len === 8 && (after === 32 || after === 9) && (first === 112 || first === 80) && text.startsWith('assword', i + 1) &&
    ((r = handleNetrcPassword(text, i, j, sink)) >= 0 || (r = handleProsePassword(text, j, sink)) >= 0)) return r
  if (len === 5 && (after === 32 || after === 58) && (first | 32) === 108 && text.startsWith('ogin', i + 1) && (r = handleLoginPair(text, j, sink)) >= 0) return r // `login is admin / Pass4Grafana!`
  if ((len === 3 || len === 5 || len === 6) && prev === 32 && (after === 32 || after === 58 || after === 61 || after === 9) &&
    ((first | 32) === 107 || (first | 32) === 116 || (first | 32) === 115) && (r = handleProseKey(text, i, j, sink)) >= 0) return r // `API key 3f8a…`
  if (len === 3 && (first | 32) === 107 && (after === 32 || after === 10 || after === 58 || after === 61 || after === 9 || after === 13 || (after === 92 && codeAt(text, j + 1) === 110)) &&
    (text.charCodeAt(i + 1) | 32) === 101 && (text.charCodeAt(i + 2) | 32) === 121 && (r = handleKeyUuid(text, i, j, sink)) >= 0) return r // `the ML key 3f9c1e72-…`
  if (len === 3 && after === 45 && first === 65 && (r = handleApiExecutionLogs(text, i, sink)) >= 0) return r
  if (len === 16 && after === 95 && first === 65 && (r = handleApiUserAgent(text, i, sink)) >= 0) return r // `AmazonAPIGateway_<apiId>`
  if ((after === 39 || after === 34 || after === 92) && prev === 46 && (r = handleJsonPathComparison(text, i, j, sink)) >= 0) return r // `'$.bucketName') = 'x'`
  if (prev === 34 && (i === 1 || codeAt(text, i - 2) === 10) && (r = handleUserlistLine(text, i - 1, sink)) >= 0) return r // PgBouncer's `"user" "password"`
  if (prev === 34 && (r = handleDittoDimension(text, i, sink)) >= 0) return r // `[".", "ReadLatency", ".", "x"]`
  if (len === 5 && first === 118 /* v */ && text.startsWith('value', i) && (r = handleBuildEnvValue(text, i, sink)) >= 0) return r // CodeBuild's `value` of a PARAMETER_STORE variable
  if (len === 6 && (after === 32 || after === 9) && first === 83 && (r = handleInsightsSource(text, i, sink)) >= 0) return r // Logs Insights `SOURCE '<group>'`
  if (len === 3 && first === 69 /* E */ && (after === 32 || after === 9) && text.startsWith('ENV', i) && (r = handleDockerEnv(text, i, sink)) >= 0) return r
  if (len === 5 && first === 113 /* q */ && prev === 45 && codeAt(text, i - 2) === 45 && text.startsWith('query', i)) handleQueryList(text, j, sink) // values printed by `--query ...[A,B]`
  if (len === 8 && first === 106 /* j */ && after === 61 && text.startsWith('jsonpath', i)) handleJsonpathValue(text, j, sink) // a secret key printed by `kubectl ... -o jsonpath='{.data.K}'`
  if (((len === 7 && after === 46 && text.startsWith('environ', i)) || (len === 6 && after === 40 && text.startsWith('getenv', i)) ||
    (len === 12 && after === 40 && text.startsWith('getOrDefault', i)) || (len === 3 && text.startsWith('env', i) && prev === 46)) &&
    (r = handleEnvDefault(text, i, sink)) >= 0) return r
  if (((after === 58 && (len === 5 || len === 2)) || (after === 95 && len === 12)) && (first === 65 || first === 79 || first === 73) &&
    (r = handleAlarmSubject(text, i, sink)) >= 0) return r // `ALARM: "x" in EU (Frankfurt)`: a CloudWatch notification's alarm
  if ((after === 32 || after === 9 || after === 45) && (((len === 3 || len === 6 || len === 9) && (first === 80 || first === 112 || first === 105)) ||
    (len === 3 && first === 69) || (len === 5 && first === 88) || (len === 8 && first === 112) || (len === 14 && first === 97)) &&
    (r = handleVpnPsk(text, i, j, sink)) >= 0) return r // a VPN tunnel's pre-shared key (an EAP secret, a BGP MD5 key) in a vendor's config
  if (len === 10 && after === 58 && first === 99 /* c */ && text.startsWith('codecommit', i) && (r = handleGrcUrl(text, j, sink)) >= 0) return r // git-remote-codecommit's `codecommit::<region>://<repo>`
  if (len === 4 && after === 61 && first === 78 /* N */ && (prev === 34 || prev === 39 || prev === 96 || prev === 32 || prev === 44 || prev === 123 || prev === 10 || prev === -1) && text.startsWith('Name', i) &&
    (r = handleNameWords(text, i, sink)) >= 0) return r // `Name=web tier prod`, `` `Name=web tier prod` ``
  if (after === 58 /* : */) {
    const c2 = codeAt(text, j + 1)
    if ((c2 === 47 || c2 === 92) && (r = attempt(SHAPES.url, text, i, sink)) >= 0) return r
    if (len === 3 && text.startsWith('arn', i) && (r = attempt(SHAPES.arn, text, i, sink)) >= 0) return r
    if (len === 3 && text.startsWith('arn', i) && prev === 32 && (r = wrappedCellArn(text, i, sink)) >= 0) return r
    if (len === 7 && text.startsWith('resolve', i) && (r = attempt(SHAPES.dynamic_reference, text, i, sink)) >= 0) return r
    if (len === 3 && text.startsWith('ssm', i) && text.startsWith('${', i - 2) && (r = attempt(SHAPES.sls_ssm, text, i, sink)) >= 0) return r
    if (len === 4 && text.startsWith('thin', i) && text.startsWith('oracle:', i - 7) && (r = handleOracleThin(text, i, sink)) >= 0) return r
  } else if (after === 43 /* + */ && (r = attempt(SHAPES.url, text, i, sink)) >= 0) return r
  else if (after === 47 /* / */ && len === 3 && ELB_FLAVOURS.has(text, i, j) && (r = attempt(SHAPES.elb_path, text, i, sink)) >= 0) return r
  else if (after === 47 && len === 11 && text.startsWith('targetgroup', i) && (r = attempt(SHAPES.tg_path, text, i, sink)) >= 0) return r
  else if (after === 47 && len === 11 && text.startsWith('credentials', i) && (r = handleImdsRole(text, i, j, sink)) >= 0) return r
  else if (after === 47 && len === 5 && text.startsWith('alias', i) && prev !== 47 && (r = handleKmsAlias(text, j, sink)) >= 0) return r // a KMS alias's name
  else if (after === 47 && ((len === 10 && text.startsWith('collection', i)) || (len === 5 && text.startsWith('index', i))) &&
    (r = handleAossResource(text, i, j, sink)) >= 0) return r // an OpenSearch Serverless policy's collection
  else if (after === 46 /* . */ && len === 3 && prev === 95 /* _: a log file name */ && ELB_FLAVOURS.has(text, i, j) &&
    (r = attempt(SHAPES.elb_path, text, i, sink)) >= 0) return r
  else if (after === 37 /* % */ && len === 3 && text.startsWith('arn', i) && (r = attempt(SHAPES.encoded_arn, text, i, sink)) >= 0) return r
  if (after === 45 && (len === 2 || len === 3) && DASHED_HOSTS.has(text, i, j) && (r = attempt(SHAPES.dashed_ip_host, text, i, sink)) >= 0) return r
  if (flags === 1) { // digits only
    if (len <= 3 && after === 46 && prev === 32 && codeAt(text, i - 2) === 62 && codeAt(text, i - 3) === 32 && (r = handleTcpdumpDestination(text, i, sink)) >= 0) return r // tcpdump's `> a.b.c.d.port` with no `:`
    if (len <= 3 && after === 46 && prev === 47 && (r = browserVersionEnd(text, i)) >= 0) return r // `Chrome/131.0.0.0` of a user agent: no address
    if (len <= 3 && after === 46 && (r = attempt(SHAPES.ipv4, text, i, sink)) >= 0) return r
    if (len === 4 && prev === 45 && after === 45 && first === 50 /* 2 */) handleFirehoseObject(text, i, sink) // `<stream>-<version>-2026-11-30-09-15-07-<uuid>`
    if (len === 12 && text.startsWith('-at-', i - 4) && !isAsciiAlnum(after) && (r = handleServiceUserName(text, i, j, sink)) >= 0) return r // `svc-ingest-at-123456789012`
    if (len === 12 && prev === 46 && (r = handleRegionDottedAccount(text, i, j, sink)) >= 0) return r // IVS's `us-west-2.<account>.channel.<id>`
    if ((len === 12 || (len === 4 && after === 45)) && (r = attempt(SHAPES.account_id, text, i, sink)) >= 0) return r
    if (len === 4 && after === 45 && (i === 0 || prev === 10) && (r = attempt(SHAPES.s3_ls_line, text, i, sink)) >= 0) return r
  }
  if (first === 65 /* A */ && (len === 20 || len === 21) && (flags & 2) === 0 && (r = attempt(SHAPES.access_key_id, text, i, sink)) >= 0) return r
  if ((first === 73 || first === 70) && len >= 12 && startsWithAny(text, SESSION_TOKEN_PREFIXES, i) &&
      (r = attempt(SHAPES.session_token, text, i, sink)) >= 0) return r
  if (first === 101 && len >= 32 && text.startsWith('eyJwYXlsb2FkIjoi', i) && (r = attempt(SHAPES.ecr_token, text, i, sink)) >= 0) return r
  if (first === 101 && text.startsWith('eyJ', i) && (r = jwtAt(text, i, sink)) >= 0) return r
  if (((first === 101 && len >= 16) || (first === 118 && len === 2 && after === 46)) && (r = handleOpaqueValue(text, i, sink, detect)) >= 0) return r // base64 JSON `eyJob3N0Ijoi…`, a Location key `v1.public.…`
  if (len === 3 && prev === 36 /* $ */ && after === 47 && text.startsWith('aws', i) && (r = handleIotReservedTopic(text, i, sink)) >= 0) return r // `$aws/things/<thing>/shadow`
  if (len === 3 && first === 105 /* i */ && after === 46 && text.startsWith('iqn', i) && (r = handleAmazonIqn(text, i, sink)) >= 0) return r // a Storage Gateway iSCSI target
  if (len === 6 && prev === 35 /* # */ && first === 100 /* d */ && text.startsWith('define', i) && (r = handleCDefine(text, i, sink)) >= 0) return r // `#define clientcredentialWIFI_PASSWORD "x"`
  if (len === 5 && after === 45 && codeAt(text, i + 11) === 45 && codeAt(text, i + 23) === 45 && (r = handleUnlockCode(text, i, sink)) >= 0) return r // a Snowball unlock code, a gateway activation key
  if (after === 45 /* - */ && firstCls === 2 && len <= 8 && ID_HEADS.has(text, i, j)) {
    if ((r = resourceIdAt(text, i, sink)) >= 0) return r
    if ((r = shapedIdAt(text, i, sink)) >= 0) return r
  } else if ((first === 90 || first === 69 || (first === 75 && (len === 13 || len === 14))) && len >= 10 && (r = shapedIdAt(text, i, sink)) >= 0) return r // K: a CloudFront public key
  else if (first === 70 /* F */ && len === 22 && text.startsWith('FsxId', i) && (r = shapedIdAt(text, i, sink)) >= 0) return r // the ONTAP CLI's `FsxId<17 hex>::>`
  else if (first === 81 /* Q */ && (text.startsWith('QUtJQ', i) || text.startsWith('QVNJQ', i)) && (r = shapedIdAt(text, i, sink)) >= 0) return r // a base64 `AKIA…`
  if (hex && len <= 4 && after === 58 && (r = attempt(SHAPES.ipv6, text, i, sink)) >= 0) return r
  if (hex && len === 32 && after === 45 && (flags & 4) === 0 && (r = ecsRuntimeIdAt(text, i, sink)) >= 0) return r // `"runtimeId": "<task id>-2813954071"`
  if ((after === 45 || after === 95 || after === 46) && len <= 6 && (THIRD_PARTY_HEADS.has(text, i, j) || (len === 2 && text.startsWith('SG', i))) &&
    (r = thirdPartyKeyAt(text, i, sink)) >= 0) return r // `ghp_...`, `xoxb-...`, `SG.`
  if (first === 65 && len >= 4 && text.startsWith('AIza', i) && (r = googleApiKeyAt(text, i, sink)) >= 0) return r
  if (after === 47 && (len === 8 || len === 9) && text.startsWith('hooks.slack.com/', i - 16) && (r = slackWebhookAt(text, i, j, sink)) >= 0) return r
  if (len === 4 && first === 99 /* c */ && (after === 32 || after === 9) && prev === 45 && text.startsWith('code', i) &&
    (r = handleSsmActivationCode(text, i, sink)) >= 0) return r // `amazon-ssm-agent -register -code x`
  if (len >= 4 && len <= 20 && (prev === 36 /* $ */ || (after === 61 && isShellStatementStart(text, i, prev))) &&
    (r = handleActivationCodeVariable(text, i, j, sink)) >= 0) return r // `$code = "x"`, `code=x` for the agent
  if (((len === 2 && (first | 32) === 105 && (text.charCodeAt(i + 1) | 32) === 100) || (len === 5 && first === 75 && text.startsWith('KeyId', i))) &&
    (after === 32 || after === 9 || after === 58 || after === 61) && (r = handleKeyIdUuid(text, i, j, sink)) >= 0) return r // `(key id 1234abcd-...)`
  if (len === 2 && first === 105 /* i */ && after === 32 && text.charCodeAt(i + 1) === 110 && isBlankCode(prev) &&
    (r = handleNameInStore(text, i, sink)) >= 0) return r // `bw/prod/stripe-key in Secrets Manager`
  if (len === 2 && first === 97 /* a */ && after === 32 && text.charCodeAt(i + 1) === 115 && isBlankCode(prev) &&
    (r = handleStoreAsName(text, i, sink)) >= 0) return r // `to Secrets Manager as bw/prod/stripe-key`
  if (len === 4 && prev === 46 && first === 102 /* f */ && text.startsWith('fifo', i) && (r = handleFifoName(text, i, j, sink)) >= 0) return r // `orders-events.fifo`
  if (len === 4 && first === 116 /* t */ && after === 32 && text.startsWith('logs tail', i - 5) && (r = handleLogsTail(text, i, sink)) >= 0) return r
  if (len === 4 && first === 80 /* P */ && after === 58 && text.startsWith('Path', i) && (r = handleTfLockPath(text, i, sink)) >= 0) return r // Terraform's lock info
  if (len === 6 && first === 99 /* c */ && after === 47 && text.startsWith('canary', i) && (r = handleCanaryArtifacts(text, i, sink)) >= 0) return r // Synthetics' artifacts
  if (len === 5 && first === 86 /* V */ && after === 32 && (codeAt(text, j + 1) === 39 || codeAt(text, j + 1) === 40) && (r = handleValidationValue(text, i, sink)) >= 0) return r
  if (len === 1 && first === 115 && (prev === 39 || prev === 0x2019) && (after === 32 || after === 9)) handlePossessive(text, i, sink) // `invoice-renderer's role`
  if (len === 5 && after === 32 && (first | 32) === 118 && text.startsWith('ault', i + 1) && (r = handleVaultPolicy(text, i, j, sink)) >= 0) return r // `vault access policy on x`
  if (after >= 0xC0 && after <= 0x17F && len <= 5 && ACCENTED_NOUN_HEADS.has(text.slice(i, j + 1).toLowerCase()) && (r = attempt(SHAPES.noun, text, i, sink)) >= 0) return r // `el clúster x`
  if (len === 3 && prev === 32 && (first | 32) === 117 && after === 32 && (text.charCodeAt(i + 1) | 32) === 115 && (text.charCodeAt(i + 2) | 32) === 101) handleNetUse(text, i, sink) // `net use \\srv\share x /user:d\u`
  if ((after === 45 || after === 58 || prev === 45 || len === 15) && (first === 67 || first === 99 || first === 80 || first === 112 || first === 68 || first === 100 || first === 73 || first === 105 || first === 97) &&
    (r = handleWindowsWord(text, i, j, first, prev, after, sink)) >= 0) return r // `ConvertTo-SecureString 'x' -AsPlainText`, `cmdkey /pass:x`, `IP-0A4D012D`, `amznfsx…`
  if (len === 4 && (after === 32 || after === 10 || after === 9) && (first | 32) === 102 && (text.charCodeAt(i + 1) | 32) === 114 && (text.charCodeAt(i + 3) | 32) === 109 &&
    (r = handleEventDataStore(text, i, j, sink)) >= 0) return r // CloudTrail Lake's `FROM <event data store id>`
  if (len === 8 && prev === 47 && after === 45 && first === 114 && text.startsWith('redacted', i) && (r = handleRedactedTranscript(text, j, sink)) >= 0) return r // Transcribe's `/redacted-<job>.json`
  if (len === 1 && first === 83 && after === 45 && codeAt(text, j + 1) === 49 && (r = handleDomainSid(text, i, sink)) >= 0) return r // `S-1-5-21-<domain>-<rid>`
  if (((first === 85 && len === 12) || (first === 80 && len === 5)) && prev === 32 && (r = handleSmtpAuth(text, i, j, sink)) >= 0) return r // SMTP's `334 UGFzc3dvcmQ6` then the password, `AUTH PLAIN x`
  if (after === 61 && (codeAt(text, j + 1) === 101 || codeAt(text, j + 1) === 118) && (r = handleOpaqueValue(text, j + 1, sink, detect)) >= 0) return r // a query's `header=eyJ…`, `key=v1.public.…`
  if ((len === 4 || len === 6 || len === 13) && (first === 72 || first === 104 || first === 84) && (r = handleTransferHome(text, i, j, sink)) >= 0) return r // Transfer Family's `HomeDirectory: /<bucket>/…`
  if (len === 5 && after === 58 && (first === 102 || first === 101 || first === 69) && (r = missingOrTerraform(text, i, j, first, sink)) >= 0) return r // `not found: x`, `does not exist: x`, Terraform's `Error: … (a:b)`
  if (firstCls === 4 && (after === 32 || after === 58) && len >= 3 && len <= 19 && (r = handleSecretReference(text, i, j, sink)) >= 0) return r // `secretsmanager:GetSecretValue on x`, `SSM /x`
  if (len >= 3 && len <= 16 && (after === 32 || (after === 96 && codeAt(text, j + 1) === 32)) && (prev === 46 || prev === 95 || prev === 45 || (flags & 4) !== 0) &&
    isOrWasAt(text, after === 96 ? j + 2 : j + 1) && (r = handleKeyProseSecret(text, i, j, sink)) >= 0) return r // `es.net.http.auth.pass is x`, `client_secret was set to x`
  if ((len === 7 || len === 4 || len === 11 || len === 10) && (after === 32 || after === 9) && (first === 83 || first === 115 || first === 65 || first === 97 || first === 114 || first === 109) &&
    isRedisAuthWord(text, i, j)) handleRedisAuth(text, i, j, sink) // `ACL SETUSER u on >x`, `host:6379> AUTH x`, `requirepass x`
  if ((r = atKeyOrName(text, i, j, len, after, prev, firstCls, sink)) >= 0) return r
  if ((len === 40 || after === 47 || after === 43) && (r = bareSecret(text, i, sink)) >= 0) return r
  return -1
}

/** `found: x`, `exist: x` after `not`; `Error:` of a Terraform provider error (its composite id is deferred, the scan goes on). */
function missingOrTerraform (text: string, i: number, j: number, first: number, sink: MatchSink): number {
  if (first === 69) {
    if (text.startsWith('Error', i)) handleTerraformErrorId(text, i, sink)
    return -1
  }
  return text.startsWith('found', i) || text.startsWith('exist', i) ? handleMissingName(text, i, j, sink) : -1
}

/** `is ` or `was ` at `p`. */
function isOrWasAt (text: string, p: number): boolean {
  const c = codeAt(text, p)
  return (c === 105 && codeAt(text, p + 1) === 115 && codeAt(text, p + 2) === 32) || (c === 119 && text.startsWith('was ', p))
}

/** How many chars of the word at `i` belong to a URL-encoded slash (`%2F` 2, `%252F`/`$252F` 4), else 0. */
function afterEncodedSlash (text: string, i: number, j: number): number {
  const f = text.charCodeAt(i + 1)
  if (f === 70 || f === 102) return i + 2 < j && encodedSlashBefore(text, i + 2) > 0 ? 2 : 0
  return i + 4 < j && encodedSlashBefore(text, i + 4) === 5 ? 4 : 0
}

/** The word after a terminal sequence ending inside text[i, j) (`31mi-0abc` after `\x1b[01;`), read from there; -1 when none ends there. */
function afterTerminalSequence (text: string, i: number, j: number, sink: MatchSink): number {
  let q = i
  while (q < j && cls(text.charCodeAt(q)) === 1) q++
  return q + 1 < j && cls(text.charCodeAt(q)) !== 1 && terminalSequenceEndsAt(text, q + 1) ? atWordFrom(text, q + 1, j, sink) : -1
}

/** atWord for the rest text[i, j) of a word, its features taken afresh (rare: only after an encoded slash). */
function atWordFrom (text: string, i: number, j: number, sink: MatchSink): number {
  let bits = 0
  let all = 8
  for (let k = i; k < j; k++) {
    const e = SCAN[text.charCodeAt(k)]
    bits |= e
    all &= e
  }
  return atWord(text, i, j, bits & 7, (all & 8) !== 0, sink)
}

function atKeyOrName (text: string, i: number, j: number, len: number, after: number, prev: number, firstCls: number, sink: MatchSink): number {
  let r = -1
  const blankBefore = prev === 32 || prev === 9
  const blankAfter = after === 32 || after === 9
  // a prose noun's first word (`table`, `state`), looked up once for the three readers below
  const noun = len >= 2 && len <= 13 && (blankBefore || blankAfter || after === 58 || after === 45 || after === 42) && NOUN_WORDS.has(text, i, j)
  if ((prev === 42 || (prev === 96 && codeAt(text, i - 2) === 42)) && (r = handleMarkdownKey(text, i, sink)) >= 0) return r // `` **`DB_PASSWORD`**: x ``
  if (blankBefore && noun) handleNameBeforeNoun(text, i, sink) // `the orders-v2 table`
  if (prev === 45 && (after === 61 || after === 46) && firstCls >= 2 && (r = handleDashOption(text, i, j, sink)) >= 0) return r // Flyway's `-password=x`, `-Ddb.password=x`
  if ((isKeyContinuation(after) || (after === 96 && prev === 96)) && (r = attemptKeyValue(text, i, j, prev, sink)) >= 0) return r // `` `password`: x ``
  if ((after === 10 || after === 13 || after === 32) && i > 1 && text.charCodeAt(i - 2) === 93 && (r = handleCdkDiffField(text, i, j, sink)) >= 0) return r // `[~] BucketName` of `cdk diff`
  if (after === 44 && (i === 0 || prev === 10 || prev === 44) && hasFieldRole(text, i, j) &&
    (r = handleCsvColumn(text, i, j, sink)) >= 0) return r // `user,bucketname,region`: a CSV header cell
  if (noun && (blankAfter || after === 58 || after === 45 || (after === 42 && prev === 42) || (blankBefore && (after === 10 || after === 13))) &&
    (r = attempt(SHAPES.noun, text, i, sink)) >= 0) return r // `the bucket\n   x`: a name wrapped onto the next line
  if (noun && prev === 45 && blankAfter && SERVICE_BEFORE_DASH.test(text.slice(Math.max(0, i - 12), i - 1))) { // German compounds: `S3-Bucket x`, `Lambda-Funktion x`
    const re = SHAPES.noun.re
    re.lastIndex = i
    if (re.test(text) && (r = SHAPES.noun.alt.handle(text, i, re.lastIndex, sink)) >= 0) return r
  }
  if ((after === 45 || after === 95) && firstCls <= 2 && (r = attempt(SHAPES.self_describing_name, text, i, sink)) >= 0) return unlessCommand(text, i, r, sink)
  if (len === 4 && after === 95 && text.startsWith('from_', i) && (r = handleCdkImport(text, i, j, sink, true)) >= 0) return r
  if (after === 95 && prev === 46 && (r = snakeBuilderCall(text, i, j, sink)) >= 0) return r // Rust `.table_name("x")`
  if (len === 6 && after === 32 && text.startsWith('import', i) && (r = handleTerraformImport(text, i, sink)) >= 0) return r
  if (after === 40 /* ( */) {
    if (prev === 46 && len <= 48 && (codeAt(text, j + 1) === 34 || codeAt(text, j + 1) === 32 || (codeAt(text, j + 1) === 39 && (len === 4 || len === 18))) && (r = handleBuilderCall(text, i, j, sink)) >= 0) return r // `.tableName("x")`; the mongo shell's `db.auth('u', 'x')` too
    if (len > 8 && text.startsWith('from', i)) return handleCdkImport(text, i, j, sink)
    if (len >= 4 && len <= SDK_CALL_MAX) return handleBucketCall(text, i, j, sink)
  }
  return -1
}

/** A shell assignment's name starts a line or follows `; `, `export `. */
function isShellStatementStart (text: string, i: number, prev: number): boolean {
  return i === 0 || prev === 10 || (prev === 32 && (codeAt(text, i - 2) === 59 || text.endsWith('export ', i)))
}

/** A service name joined to the noun after it by a dash (German compounds). */
const SERVICE_BEFORE_DASH = /(?:^|[^A-Za-z0-9-])(?:S3|RDS|EKS|ECS|EC2|IAM|SQS|SNS|KMS|ECR|Lambda|DynamoDB|Kinesis|ElastiCache|Aurora|Glue)$/

/** `aws rds describe-db-clusters`, `resource "aws_x" "db_from_lambda"`: drops the name just found. */
function unlessCommand (text: string, i: number, r: number, sink: MatchSink): number {
  if (isCommandContext(text, i, true) || isHclLabel(text, i)) sink.dropFrom(i)
  return r
}

/** A snake_case method after a `.` (text[i, j) its first word): a builder call when `("` follows it. */
function snakeBuilderCall (text: string, i: number, j: number, sink: MatchSink): number {
  let e = j
  while (e < text.length && e - i < 48 && (cls(text.charCodeAt(e)) !== 0 || text.charCodeAt(e) === 95)) e++
  return text.charCodeAt(e) === 40 && text.charCodeAt(e + 1) === 34 ? handleBuilderCall(text, i, e, sink) : -1
}

function bareSecret (text: string, i: number, sink: MatchSink): number {
  let k = i
  while (k < text.length && k - i <= 40) {
    const c = text.charCodeAt(k)
    if (cls(c) !== 0 || c === 47 || c === 43) k++
    else break
  }
  return k - i === 40 ? attempt(SHAPES.bare_secret_key, text, i, sink) : -1
}

/**
 * AWS Tools for PowerShell name parameters after the API's fields: `Get-SECSecretValue -SecretId x`,
 * `Write-S3Object -BucketName x`, `Get-IAMRole -RoleName x`. The value is read as that field's.
 */
function powerShellParameter (text: string, i: number, sink: MatchSink): number {
  let k = i + 1
  const limit = Math.min(text.length, i + 40)
  while (k < limit && cls(text.charCodeAt(k)) !== 0) k++
  const c = text.charCodeAt(k)
  if ((c !== 32 && c !== 9) || !hasFieldRole(text, i + 1, k)) return -1
  let v = k
  while (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9) v++
  if (text.charCodeAt(v) === 45 || text.charCodeAt(v) === 36 /* -Flag, $variable */) return -1
  return handleKeyValue(text, i + 1, v, sink)
}

function isBlankCode (c: number): boolean {
  return c === 32 || c === 9
}

/** Shapes that start at punctuation: `@domain`, `.amazonaws.com`, `/aws/`, `-----BEGIN`, `--flag`. */
function atPunct (text: string, i: number, c: number, sink: MatchSink): number {
  const next = text.charCodeAt(i + 1)
  if (c === 64) return i > 0 && cls(text.charCodeAt(i - 1)) !== 0 ? attempt(SHAPES.email, text, i, sink) : -1
  if (c === 46) return (next === 97 || next === 99 || next === 101 || next === 111 || (next === 115 && text.startsWith('.sagemaker.aws', i))) ? attempt(SHAPES.aws_host, text, i, sink) : -1
  if (c === 47) return next === 97 && text.startsWith('/aws/', i) ? attempt(SHAPES.log_group, text, i, sink) : -1
  if (c === 45 && next === 45) {
    const branch = text.charCodeAt(i - 1)
    if (branch === 124 || branch === 96 || branch === 43) handleTreeLine(text, i, sink) // an ASCII tree's `|-- `, `` `-- ``, `+-- `
    if (text.startsWith('-----BEGIN', i)) return attempt(SHAPES.private_key, text, i, sink)
    if (text.startsWith('--plaintext', i)) { // `aws kms encrypt --plaintext fileb://<(echo -n 'x')`
      const r = handlePlaintextSnippet(text, i + 11, sink)
      if (r >= 0) return r
    }
    if (text.startsWith('home-directory', i + 2)) { const r = handleTransferHome(text, i + 2, i + 6, sink); if (r >= 0) return r } // `--home-directory /<bucket>/…`
    const flagEnd = (text.startsWith('--user', i) || text.startsWith('--pass', i) || text.startsWith('--cert', i)) ? i + 6 : text.startsWith('--proxy-user', i) ? i + 12 : -1
    if (flagEnd > 0 && isBlankCode(text.charCodeAt(flagEnd)) && isBlankCode(text.charCodeAt(i - 1))) {
      const r = handleFlagPassword(text, i, text.slice(i, flagEnd), sink) // `curl --user user:x`, `redis-cli --pass x`, `curl --cert c.pem:x`
      if (r >= 0) return r
    }
    if (i > 0 && text.charCodeAt(i - 1) === 10) { // an underline of a PowerShell table
      const r = handleDashTable(text, i, sink)
      if (r >= 0) return r
    }
    if (text.charCodeAt(i - 1) === 34 && cls(text.charCodeAt(i + 2)) === 2) { // a JSON key `"--db_password": "x"` (Glue's DefaultArguments)
      const re = SHAPES.key_value.re // run here: the shape's rule that no key starts after a `-` is for words inside a key
      re.lastIndex = i + 2
      const r = re.test(text) ? SHAPES.key_value.alt.handle(text, i + 2, re.lastIndex, sink) : -1
      if (r >= 0) return r
    }
    return cls(text.charCodeAt(i + 2)) === 2 ? attempt(SHAPES.key_value, text, i, sink) : -1
  }
  if (c === 45 && (next === 85 || next === 69 || next === 80) && isBlankCode(text.charCodeAt(i + 2)) && isBlankCode(text.charCodeAt(i - 1))) {
    const r = handleFlagPassword(text, i, text.slice(i, i + 2), sink) // `curl -U user:x`, `curl -E c.pem:x`
    if (r >= 0) return r
  }
  if (c === 45 && next >= 65 && next <= 90 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) return powerShellParameter(text, i, sink)
  if (c === 45 && (next === 97 || next === 112 || next === 117) && isBlankCode(text.charCodeAt(i + 2)) && isBlankCode(text.charCodeAt(i - 1))) {
    const r = handleFlagPassword(text, i, text.slice(i, i + 2), sink) // `redis-cli -a x`, `sshpass -p x`, `curl -u user:x`
    if (r >= 0) return r
  }
  if (c === 45 && next === 112 && text.startsWith('ass', i + 2) && isBlankCode(text.charCodeAt(i - 1))) { // openssl's `-pass pass:x`, `-passin`, `-passout`
    const flagEnd = isBlankCode(text.charCodeAt(i + 5)) ? i + 5 : text.startsWith('in', i + 5) ? i + 7 : text.startsWith('out', i + 5) ? i + 8 : -1
    const r = flagEnd > 0 && isBlankCode(text.charCodeAt(flagEnd)) ? handleFlagPassword(text, i, text.slice(i, flagEnd), sink) : -1
    if (r >= 0) return r
  }
  if (c === 45 && next === 112 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) { // `mysql -pS3cret`
    const literal = cls(text.charCodeAt(i + 2)) === 4 ? tokenEndAt(text, i + 2) : -1 // ` -pS3_BUCKET_1`: restoration reads a token there (unmask.ts gluedFlagBefore)
    if (literal >= 0) { sink.push(i + 2, literal, 'token_literal'); return literal }
    return i === 0 ? -1 : handleGluedPassword(text, i, sink)
  }
  if (c >= 0xAC00 && c <= 0xD7A3) return attempt(SHAPES.noun, text, i, sink) // Korean nouns (버킷, ...)
  if (JAPANESE_NOUN_HEADS.has(c) && !isKatakana(text.charCodeAt(i - 1))) return attempt(SHAPES.noun, text, i, sink) // Japanese nouns (バケット, 関数, ...)
  if (c === 60 && cls(next) >= 2) return handleXmlElement(text, i, sink) // `<BucketName>x</BucketName>`
  if (c === 0x251C || c === 0x2514) return next === 0x2500 ? handleTreeLine(text, i, sink) : -1 // a tree's branch: `├── `, `└── `
  return -1
}

// One lookup per char in the scan loop: class bits, plus 8 for hex digits, plus 16 for the
// punctuation that may start a shape (`@ . / - \\ <`, a tree's branches `├ └`).
const SCAN = new Uint8Array(65_536)
for (let c = 0; c < 128; c++) SCAN[c] = CLASS[c] | (HEX[c] << 3)
for (const c of [64, 46, 47, 45, 92, 60, 0x251C, 0x2514]) SCAN[c] = 16
for (let c = 0xAC00; c <= 0xD7A3; c++) SCAN[c] = 16
/** First chars of the Japanese nouns (catalogue.ts): only they start a noun attempt, never every katakana. */
const JAPANESE_NOUN_HEADS: ReadonlySet<number> = new Set([...'バテロキトクイス関'].map(ch => ch.charCodeAt(0)))
for (const c of JAPANESE_NOUN_HEADS) SCAN[c] = 16
function isKatakana (c: number): boolean { return c >= 0x30A0 && c <= 0x30FF }

/**
 * Where the scan goes on after the run of backslashes starting at `i`. A JSON escape after an odd
 * run (`\n`, `\u00e9`, `\"`, `\/`) is stepped over whole, so no match starts inside one, unless
 * its letter starts a resource id (`D:\rtb-0...`, `\nat-0...`, `\fs-0...`: after `\n` read as a
 * newline, `at-0...` is no id anyway). Elsewhere the char after the run starts a word (a Windows
 * path, `C:\logs\i-0abc...`, `\\server\sg-0...`), read first; when nothing is found in it, so
 * is the word after each escape that may end inside it (escapes.ts: `\\ni-0...` in text escaped
 * twice, `\x41i-0...`, `\Pi-0...`), where restoration reads a token too.
 */
function afterBackslashes (text: string, i: number, sink: MatchSink): number {
  let at = i + 1
  while (text.charCodeAt(at) === 92) at++
  const odd = (at - i) % 2 === 1
  const c = text.charCodeAt(at)
  if (odd && isControlEscapeLetter(c)) return isResourceIdAt(text, at) ? at : at + 1
  if (cls(c) === 0) return odd && (c === 34 || c === 47) ? at + 1 : at // `\"`, `\/`, `\\`: no escape reads on (no array made)
  const ends = escapeEndsAfter(text, at)
  if (ends.length === 0) return odd && (c === 34 || c === 47) ? at + 1 : at
  let r = odd && ends[0] === at + 5 ? -1 : readAt(text, at, sink) // `\u00e9`: the `u` starts no word
  for (let k = 0; r < 0 && k < ends.length; k++) r = readAt(text, ends[k], sink)
  return r < 0 ? ends[0] : skipWordTail(text, r)
}

/** Reads the word starting at `p`: the end of what it found there, or -1 (also when it found nothing). */
function readAt (text: string, p: number, sink: MatchSink): number {
  let j = p
  while (j < text.length && (SCAN[text.charCodeAt(j)] & 7) !== 0) j++
  if (j === p) return -1
  const lastEnd = sink.lastEnd
  const r = atWordFrom(text, p, j, sink)
  return r > p && sink.lastEnd > Math.max(lastEnd, p) ? r : -1 // found, not just stepped over (`ns3://`)
}

export function scan (text: string, sink: MatchSink): void {
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const k = SCAN[c]
    if ((k & 7) === 0) {
      if (k === 0) { i++; continue }
      if (c === 92) { i = afterBackslashes(text, i, sink); continue }
      const mark = sink.list.length
      const r = atPunct(text, i, c, sink)
      if (r > i + 1) literalsSkipped(text, i + 1, r, mark, sink)
      i = r > i ? skipWordTail(text, r) : i + 1
      continue
    }
    let j = i + 1
    let bits = k
    let all = k // hex only while every char has the hex bit
    for (; j < n; j++) {
      const e = SCAN[text.charCodeAt(j)]
      if ((e & 7) === 0) break
      bits |= e
      all &= e
    }
    const mark = sink.list.length
    const r = atWord(text, i, j, bits & 7, (all & 8) !== 0, sink)
    if (r > j) literalsSkipped(text, j, r, mark, sink)
    i = r > i ? skipWordTail(text, r) : j
  }
}

/**
 * A handler that read on past its word (a URL's authority, a table row) may have stepped over
 * text shaped like a token that it did not mask (`x://user|SUBNET_1@h`): restoration would read
 * it as a token, so each such piece in the gaps between the handler's matches becomes a literal.
 */
function literalsSkipped (text: string, from: number, to: number, mark: number, sink: MatchSink): void {
  const list = sink.list
  let found: Match[] | undefined
  let p = from
  for (let m = mark; m <= list.length; m++) {
    const gapEnd = m < list.length ? list[m].start : to
    for (; p < gapEnd; p++) {
      if (cls(text.charCodeAt(p)) !== 4 || isAsciiAlnum(text.charCodeAt(p - 1))) continue
      const end = tokenEndAt(text, p)
      if (end < 0) continue
      if (end > gapEnd) break // runs into the handler's own match, or past where it hands over to another reader
      ;(found ??= []).push({ start: p, end, kind: 'token_literal' })
      p = end - 1
    }
    if (m < list.length) p = Math.max(p, list[m].end)
  }
  if (found !== undefined) for (const x of [...list.splice(mark), ...found].sort((a, b) => a.start - b.start)) list.push(x)
}

/** A handler may stop inside a word; never start a new word there. */
function skipWordTail (text: string, pos: number): number {
  while (pos < text.length && pos > 0 && cls(text.charCodeAt(pos)) !== 0 && cls(text.charCodeAt(pos - 1)) !== 0) pos++
  return pos
}

export const detect: Detector = (text: string, context?: DetectContext): Match[] => {
  const sink = new MatchSink()
  if (context !== undefined && detectInField(text, context, sink)) return fifoSuffixesKept(text, sink.list)
  scan(text, sink)
  const view = decodedQuotesView(text) // JSON with its quotes written out: read again decoded
  if (view !== undefined) {
    const deferred = sink.deferred ?? (sink.deferred = [])
    for (const m of scanned(view.text)) deferred.push(matchInOrigin(view, m))
  }
  const list = sink.deferred === undefined ? sink.list : mergeDeferred(sink.list, sink.deferred)
  gluedStarts(text, list)
  return fifoSuffixesKept(text, list)
}

/** What the scan alone finds (the decoded view's reading: no second view of it). */
function scanned (text: string): Match[] {
  const sink = new MatchSink()
  scan(text, sink)
  return sink.deferred === undefined ? sink.list : mergeDeferred(sink.list, sink.deferred)
}

/**
 * AWS CLI `--output table` wraps a long value inside its column: `|  arn:aws:ecs:eu-west-1:3182649055 |`
 * then `|  17:task-definition/x:4 |` on the next row, same bars. An ARN cut before its account
 * ends (no ARN match) is put back together from the rows that continue it (each full to the
 * cell's last column but the last), detected whole, and each piece masked as part of what it
 * belongs to. `i` is at `arn`; returns the end of the first piece, or -1.
 */
function wrappedCellArn (text: string, i: number, sink: MatchSink): number {
  let left = i - 1
  while (left > 0 && i - left < 8 && text.charCodeAt(left) === 32) left--
  if (text.charCodeAt(left) !== 124) return -1
  let end = i
  const limit = Math.min(text.length, i + 512)
  while (end < limit && text.charCodeAt(end) > 32 && text.charCodeAt(end) !== 124) end++
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 124) return -1 // not full to the cell's end
  const right = end + 1
  const newline = lastIndexWithin(text, 10, left + 1, left + 1 - 1024) // bounded: one-line text with many cells
  if (newline < 0 && left + 1 > 1024) return -1
  const lineStart = newline + 1
  const colL = left - lineStart
  const colR = right - lineStart
  const pieces: Array<[number, number]> = [[i, end]]
  let rowStart = text.indexOf('\n', right) + 1
  for (let rows = 0; rowStart > 0 && rows < 8; rows++) {
    if (text.charCodeAt(rowStart + colL) !== 124 || text.charCodeAt(rowStart + colR) !== 124) break
    const nl = text.indexOf('\n', rowStart)
    if (nl >= 0 && nl < rowStart + colR) break
    let a = rowStart + colL + 1
    while (a < rowStart + colR && text.charCodeAt(a) === 32) a++
    let b = rowStart + colR
    while (b > a && text.charCodeAt(b - 1) === 32) b--
    if (b === a) break
    for (let k = a; k < b; k++) if (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 124) return -1
    pieces.push([a, b])
    if (b !== rowStart + colR - 1) break // the last piece: not full
    rowStart = nl < 0 ? 0 : nl + 1
  }
  if (pieces.length < 2) return -1
  const joined = pieces.map(([a, b]) => text.slice(a, b)).join('')
  const found = detect(joined)
  if (found.length === 0) return -1
  const deferred = sink.deferred ?? (sink.deferred = [])
  for (const m of found) {
    let off = 0
    for (const [a, b] of pieces) {
      const s = Math.max(m.start, off)
      const e = Math.min(m.end, off + b - a)
      if (s < e) deferred.push({ start: a + s - off, end: a + e - off, kind: m.kind })
      off += b - a
    }
  }
  return end
}
