// Deterministic AWS-heavy prompts for load tests and benchmarks: EC2/VPC describe output, IAM
// ARNs, private addresses and access key ids, with the list of every identifier planted (none
// of which may reach the upstream in clear).

const hex = (n: number, width: number): string => (n * 2654435761 >>> 0).toString(16).padStart(8, '0').repeat(3).slice(0, width)

/** Identifiers that only the shape reveals (no field name or prose needed to detect them). */
export function plantedIdentifiers (i: number): Record<string, string> {
  const account = String(210987654321 + i * 7919).slice(0, 12)
  return {
    instance: `i-0${hex(i + 1, 16)}`,
    securityGroup: `sg-0${hex(i + 101, 16)}`,
    subnet: `subnet-0${hex(i + 201, 16)}`,
    vpc: `vpc-${hex(i + 301, 8)}`,
    volume: `vol-0${hex(i + 401, 16)}`,
    privateIp: `10.${(i >> 8) & 255}.${i & 255}.${(i % 200) + 10}`,
    account,
    roleArn: `arn:aws:iam::${account}:role/deployer-${i}`,
    roleName: `deployer-${i}`,
    accessKey: `AKIA${hex(i + 501, 16).toUpperCase().replace(/[^A-Z0-9]/g, '7')}`
  }
}

function instanceRecord (i: number): string {
  const id = plantedIdentifiers(i)
  return JSON.stringify({
    InstanceId: id.instance,
    InstanceType: 'm5.large',
    Placement: { AvailabilityZone: 'eu-west-1b' },
    PrivateIpAddress: id.privateIp,
    SubnetId: id.subnet,
    VpcId: id.vpc,
    SecurityGroups: [{ GroupId: id.securityGroup }],
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: id.volume, Status: 'attached' } }],
    IamInstanceProfile: { Arn: id.roleArn },
    OwnerId: id.account,
    State: { Name: 'running' }
  }, null, 2) + `\nlast key used: ${id.accessKey}\n`
}

/** About `bytes` of AWS CLI output (at least one record) and every identifier planted in it. */
export function awsPrompt (bytes: number, offset = 0): { text: string, planted: string[] } {
  const parts = ['Why can this instance not reach the database? aws ec2 describe-instances output:\n']
  const planted: string[] = []
  let size = parts[0].length
  for (let i = offset; size < bytes; i++) {
    const record = instanceRecord(i)
    parts.push(record)
    size += record.length
    planted.push(...Object.values(plantedIdentifiers(i)))
  }
  return { text: parts.join(''), planted: [...new Set(planted)] }
}

/** An Anthropic Messages request body around the prompt. */
export function messagesBody (text: string, stream = false): string {
  return JSON.stringify({
    model: 'claude-sonnet-4-5',
    max_tokens: 512,
    stream,
    system: 'You are an AWS operations assistant.',
    messages: [{ role: 'user', content: [{ type: 'text', text }] }]
  })
}

// Every shape plantedIdentifiers() produces, scanned separately (an ARN holds an account and a
// role name); a scan finds candidates, the planted set confirms.
const PLANTED_SHAPES = [/(?:i|sg|subnet|vol)-0[0-9a-f]{16}/g, /vpc-[0-9a-f]{8}/g, /10\.\d{1,3}\.\d{1,3}\.\d{1,3}/g,
  /\d{12}/g, /AKIA[A-Z0-9]{16}/g, /deployer-\d+/g, /arn:aws:iam::[^"\s]+/g]

/** The planted identifiers that occur in `text` (linear in the text, whatever the number planted). */
export function findPlanted (text: string, planted: Set<string>): string[] {
  const found = new Set<string>()
  for (const shape of PLANTED_SHAPES) for (const m of text.matchAll(shape)) if (planted.has(m[0])) found.add(m[0])
  return [...found]
}
