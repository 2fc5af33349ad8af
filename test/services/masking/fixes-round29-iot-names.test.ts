// Round 29 (IoT, edge and hybrid connectivity): names that went out in clear, and AWS's words
// that were masked. Prose nouns of IoT and Greengrass (`thing x`, `thing group x`, `thinggroup x`,
// `core device x`, `custom authorizer x`, `IoT rule x`); a C header's `#define <ns>THING_NAME "x"` (FreeRTOS,
// ESP-IDF: the macro's tail names the value); a Storage Gateway iSCSI target after AWS's IQN
// prefix (`iqn.1997-05.com.amazon:<target>`, bare and in a target ARN, where the prefix had been
// masked as the name and the name kept). Kept: Greengrass's own components
// (`serviceName=aws.greengrass.Nucleus`), its system log group, SiteWise gateway capabilities.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('IoT and Greengrass prose nouns', async tt => {
  tt.same(found('example thing evc-VLT22K-0B0021, its shadow'), ['resource_name:evc-VLT22K-0B0021'])
  tt.same(found('the job targets thing group voltaro-eu-chargers in'), ['resource_name:voltaro-eu-chargers'])
  tt.same(found('and redeployed to thinggroup rotterdam-line-cores.'), ['resource_name:rotterdam-line-cores'])
  tt.same(found('core device gg-core-rotterdam-line4 is UNHEALTHY'), ['resource_name:gg-core-rotterdam-line4'])
  tt.same(found('behind the custom authorizer kestrel-token-auth get'), ['resource_name:kestrel-token-auth'])
  tt.same(found('the IoT rule voltaro_telemetry_fanout is failing'), ['resource_name:voltaro_telemetry_fanout'])
  tt.same(found('topic rule voltaro-fanout fails'), ['resource_name:voltaro-fanout'])
  for (const text of ['one thing to note', 'the thing is, it works', 'any device on the network', 'a custom authorizer returns', 'the core device list']) {
    tt.same(found(text), [], text)
  }
})

t.test('C header macros', async tt => {
  tt.same(found('#define clientcredentialIOT_THING_NAME   "sl40-farm-nashik-0031"'), ['resource_name:sl40-farm-nashik-0031'])
  tt.same(found('#define clientcredentialWIFI_PASSWORD    "Gr4pes&Soil#2026"'), ['connection_secret:Gr4pes&Soil#2026'])
  tt.same(found('#define democonfigROLE_ALIAS   "sl40-log-upload-alias"'), ['resource_name:sl40-log-upload-alias'])
  tt.same(found('#define democonfigS3_BUCKET_NAME "agrisense-sl40-device-logs"'), ['s3_bucket:agrisense-sl40-device-logs'])
  for (const text of ['#define democonfigS3_BUCKET_REGION "ap-south-1"', '#define clientcredentialWIFI_SSID "Farm-IoT"', '#define APP_NAME "hello"', '#define keyCLIENT_PEM ""']) {
    tt.same(found(text), [], text)
  }
})

t.test('Storage Gateway iSCSI targets', async tt => {
  tt.same(found('sudo iscsiadm -m node -T iqn.1997-05.com.amazon:hartwell-veeam-repo01 -p 10.112.8.45'),
    ['resource_name:hartwell-veeam-repo01', 'ipv4_private:10.112.8.45'])
  tt.same(found('"TargetARN": "arn:aws:storagegateway:eu-west-2:526801937452:gateway/sgw-4A7C2E91/target/iqn.1997-05.com.amazon:hartwell-veeam-repo01"'),
    ['account_id:526801937452', 'resource_name:sgw-4A7C2E91', 'resource_name:hartwell-veeam-repo01'])
  tt.same(found('InitiatorName=iqn.1991-05.com.microsoft:host'), [])
})

t.test('Greengrass and SiteWise words kept', async tt => {
  for (const text of ['{serviceName=aws.greengrass.Nucleus}', 'serviceName: aws.greengrass.StreamManager', '"capabilityNamespace": "iotsitewise:opcuacollector:2"',
    'logGroup=/aws/greengrass/GreengrassSystemComponent/eu-central-1/System}', '/aws/greengrass/UserComponent/eu-central-1/aws.greengrass.LogManager']) {
    tt.same(found(text), [], text)
  }
  tt.same(found('{logGroupName=/aws/greengrass/UserComponent/eu-central-1/com.rdamfoods.line3.PlcBridge, x'), ['log_group:com.rdamfoods.line3.PlcBridge'])
})

t.test('IoT reserved topics', async tt => {
  tt.same(found('subscribed to $aws/things/pump-7/shadow/update/delta ok'), ['resource_name:pump-7'])
  tt.same(found('"topic": "$aws/things/Boiler02/jobs/notify-next"'), ['resource_name:Boiler02'])
  tt.same(found('publish to $aws/provisioning-templates/fleet-tpl-a/provision/json'), ['resource_name:fleet-tpl-a'])
  tt.same(found('"arn:aws:iot:us-east-1:590318274466:topic/$aws/provisioning-templates/fleet-tpl-a/provision/*"'),
    ['account_id:590318274466', 'resource_name:fleet-tpl-a'])
  tt.same(found('arn:aws:iot:us-east-1:590318274466:topic/$aws/certificates/create/*'), ['account_id:590318274466'])
  for (const text of ['$aws/things/+/shadow/update', '$aws/events/presence/connected', 'a $aws/ prefix']) tt.same(found(text), [], text)
})
