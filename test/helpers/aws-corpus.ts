// Deterministic, made-up AWS-heavy text for tests and benchmarks. `plantedCorpus(seed)` mixes
// realistic documents (CLI JSON, CloudTrail, flow logs, Terraform, kubectl, logs, prose) and
// reports which originals must not survive masking and which values must pass unchanged.

/** mulberry32: tiny seeded PRNG, so a seed always gives the same corpus. */
export function rng (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Gen {
  readonly planted = new Set<string>()
  readonly kept = new Set<string>()
  constructor (readonly next: () => number) {}

  int (n: number): number { return Math.floor(this.next() * n) }
  pick<T> (xs: readonly T[]): T { return xs[this.int(xs.length)] }
  chars (alphabet: string, n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)]
    return s
  }

  /** Records a value that masking must remove. */
  plant (v: string): string { this.planted.add(v); return v }
  /** Records a value that masking must keep. */
  keep (v: string): string { this.kept.add(v); return v }

  hex (n: number): string { return this.chars('0123456789abcdef', n) }
  id (prefix: string): string { return this.plant(`${prefix}-${this.hex(this.int(2) === 0 ? 17 : 8)}`) }
  account (): string { return this.plant(`${1 + this.int(9)}${this.chars('0123456789', 11)}`) }
  name (): string {
    const words = ['acme', 'payroll', 'orders', 'billing', 'invoice', 'sync', 'ledger', 'atlas', 'nova', 'falcon', 'zephyr', 'quartz']
    return this.plant(`${this.pick(words)}-${this.pick(words)}-${this.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}`)
  }

  privateIp (): string {
    const p = this.pick(['10', '172.16', '192.168'])
    const parts = p.split('.').length
    let ip = p
    for (let i = parts; i < 4; i++) ip += `.${1 + this.int(254)}`
    return this.plant(ip)
  }

  publicIp (): string { return this.plant(`${this.pick([3, 18, 34, 52, 54, 35, 44])}.${10 + this.int(240)}.${10 + this.int(240)}.${10 + this.int(240)}`) }
  accessKey (): string { return this.plant(`${this.pick(['AKIA', 'ASIA'])}${this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`) }
  secretKey (): string {
    const s = this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 36)
    return this.plant(`${s.slice(0, 10)}/${s.slice(10, 20)}+${s.slice(20, 30)}${this.int(10)}${s.slice(30)}`.slice(0, 40))
  }

  region (): string { return this.keep(this.pick(['us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-2', 'eu-central-1'])) }
  instanceType (): string { return this.keep(this.pick(['m5.large', 't3.micro', 'c6g.2xlarge', 'r6i.xlarge'])) }
  timestamp (): string { return this.keep(`2024-0${1 + this.int(9)}-1${this.int(10)}T0${this.int(10)}:${10 + this.int(50)}:${10 + this.int(50)}Z`) }
}

type Doc = (g: Gen) => string

export const DOCUMENTS: Readonly<Record<string, Doc>> = {
  describeInstances: g => JSON.stringify({
    Reservations: [{
      ReservationId: g.id('r'),
      OwnerId: g.account(),
      Instances: [{
        InstanceId: g.id('i'), ImageId: g.id('ami'), InstanceType: g.instanceType(),
        KeyName: g.name(), LaunchTime: g.timestamp(),
        Placement: { AvailabilityZone: `${g.region()}a` },
        PrivateIpAddress: g.privateIp(), PublicIpAddress: g.publicIp(),
        SubnetId: g.id('subnet'), VpcId: g.id('vpc'),
        SecurityGroups: [{ GroupId: g.id('sg'), GroupName: g.name() }],
        IamInstanceProfile: { Arn: `arn:aws:iam::${g.account()}:instance-profile/${g.name()}` },
        NetworkInterfaces: [{ NetworkInterfaceId: g.id('eni'), MacAddress: g.keep('0a:1b:2c:3d:4e:5f') }],
        Tags: [{ Key: 'Name', Value: g.name() }, { Key: 'Environment', Value: g.keep('production') }]
      }]
    }]
  }, null, 2),
  cloudTrail: g => JSON.stringify({
    eventVersion: g.keep('1.08'), eventTime: g.timestamp(), eventSource: g.keep('s3.amazonaws.com'),
    eventName: g.keep('PutObject'), awsRegion: g.region(), sourceIPAddress: g.publicIp(),
    userIdentity: {
      type: 'AssumedRole', principalId: `${g.plant(`AROA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}`)}:${g.name()}`,
      arn: `arn:aws:sts::${g.account()}:assumed-role/${g.name()}/${g.name()}`,
      accountId: g.account(), accessKeyId: g.accessKey()
    },
    requestParameters: { bucketName: g.name(), key: 'exports/2024/report.csv' },
    resources: [{ ARN: `arn:aws:s3:::${g.name()}/exports/2024/report.csv`, accountId: g.account() }],
    managedPolicy: g.keep('arn:aws:iam::aws:policy/ReadOnlyAccess')
  }),
  flowLogs: g => Array.from({ length: 4 }, () =>
    `2 ${g.account()} ${g.id('eni')} ${g.privateIp()} ${g.publicIp()} 443 ${49152 + g.int(1000)} 6 ${g.int(90)} ${g.int(9000)} 1714567890 1714567950 ACCEPT OK`
  ).join('\n'),
  terraformPlan: g => [
    '# aws_s3_bucket.exports will be created',
    '  + resource "aws_s3_bucket" "exports" {',
    `      + bucket = "${g.name()}"`,
    `      + arn    = "arn:aws:s3:::${g.name()}"`,
    '    }',
    `  + resource "aws_db_instance" "main" {`,
    `      + identifier     = "${g.name()}"`,
    `      + instance_class = "${g.keep('db.r6g.large')}"`,
    `      + engine_version = "${g.keep('15.4')}"`,
    `      + password       = "${g.plant(`P@ss-${g.chars('abcdefXYZ0123456789', 12)}`)}"`,
    `      + vpc_security_group_ids = ["${g.id('sg')}"]`,
    '    }'
  ].join('\n'),
  kubectl: g => [
    'NAME                                  READY   STATUS    RESTARTS   AGE   IP            NODE',
    `payments-api-7d9f8-x2x9z              1/1     Running   0          3d    ${g.privateIp()}   ip-10-0-${g.int(255)}-${g.int(255)}.${g.region()}.compute.internal`,
    `eks.amazonaws.com/role-arn: arn:aws:iam::${g.account()}:role/${g.name()}`,
    `image: ${g.account()}.dkr.ecr.${g.region()}.amazonaws.com/${g.name()}:v1.4.2`
  ].join('\n'),
  appLog: g => [
    `${g.timestamp()} ERROR connect ECONNREFUSED ${g.privateIp()}:5432 (db=${g.keep('postgres')})`,
    `${g.timestamp()} INFO uploaded to s3://${g.name()}/reports/daily.csv in 10:30:45 request_id=${g.keep('5f0c2a7e-1b2c-4d3e-8f9a-0b1c2d3e4f5a')}`,
    `${g.timestamp()} WARN AWS_ACCESS_KEY_ID=${g.accessKey()} AWS_SECRET_ACCESS_KEY=${g.secretKey()}`,
    `${g.timestamp()} DEBUG commit ${g.keep('3f786850e387550fdab836ed7e6dc881de23001b')} feedback sandbox mongodb blogs multi-az`
  ].join('\n'),
  prose: g => `Our S3 bucket ${g.name()} in ${g.region()} is read by the Lambda function ${g.name()}; ` +
    `the instance ${g.id('i')} (${g.instanceType()}) in ${g.id('subnet')} cannot reach the RDS instance ${g.name()} ` +
    `behind ${g.id('sg')}. The bucket policy allows ${g.keep('s3:GetObject')} with ${g.keep('aws:SourceIp')} ${g.keep('0.0.0.0/0')}.`
}

export interface PlantedCorpus { text: string, planted: string[], kept: string[] }

/** A document mix of roughly `approxChars` characters, deterministic from the seed. */
export function plantedCorpus (seed: number, approxChars = 20_000): PlantedCorpus {
  const g = new Gen(rng(seed))
  const names = Object.keys(DOCUMENTS)
  const parts: string[] = []
  let size = 0
  while (size < approxChars) {
    const doc = DOCUMENTS[g.pick(names)](g)
    parts.push(doc)
    size += doc.length + 2
  }
  const kept = [...g.kept].filter(k => ![...g.planted].some(p => p.includes(k) || k.includes(p)))
  return { text: parts.join('\n\n'), planted: [...g.planted], kept }
}

/** One named document, deterministic from the seed. */
export function namedDocument (name: keyof typeof DOCUMENTS, seed = 1): PlantedCorpus {
  const g = new Gen(rng(seed))
  const text = DOCUMENTS[name](g)
  return { text, planted: [...g.planted], kept: [...g.kept] }
}
