// Round 30 (deployment platforms and governance): ids of services earlier rounds lacked went out in
// clear: Verified Access instances, groups, endpoints and trust providers (`vai-`, `vagr-`, `vae-`,
// `vatp-` + 17 hex), Service Catalog ids (`port-`, `prod-`, `prodview-`, `pp-`, `pa-`, `rec-` + 13
// lower-case letters and digits) and Elastic Beanstalk environment ids (`e-` + 10), alone or in the
// names Beanstalk gives an environment's resources. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Verified Access, Service Catalog and Beanstalk ids', async tt => {
  tt.same(found('"VerifiedAccessGroupId": "vagr-0b3e7a9c1f2d48650"'), ['resource_name:vagr-0b3e7a9c1f2d48650'])
  tt.same(found('endpoint vae-0c7e3a9f1b2d48650 on vai-0a1f9c3e7b2d48065'), ['resource_name:vae-0c7e3a9f1b2d48650', 'resource_name:vai-0a1f9c3e7b2d48065'])
  tt.same(found('"VerifiedAccessTrustProviderId": "vatp-0d8c2a7e4f1b39650"'), ['resource_name:vatp-0d8c2a7e4f1b39650'])
  tt.same(found('product prod-4zq8mx2kwt7vn in portfolio port-2hw7nq9xkz4mb, provisioned pp-9xm2kq7zwt4hn'),
    ['resource_name:prod-4zq8mx2kwt7vn', 'resource_name:port-2hw7nq9xkz4mb', 'resource_name:pp-9xm2kq7zwt4hn'])
  tt.same(found('"Id": "prodview-3kz7wq2mh5xtc", "LastRecordId": "rec-m4x7qk2zp9wtb", "ProvisioningArtifactId": "pa-tq2xk7m4zn3vc"'),
    ['resource_name:prodview-3kz7wq2mh5xtc', 'resource_name:rec-m4x7qk2zp9wtb', 'resource_name:pa-tq2xk7m4zn3vc'])
  tt.same(found('Environment ID: e-x7mkq2fpzt'), ['resource_name:e-x7mkq2fpzt'])
  tt.same(found('launched by awseb-e-x7mkq2fpzt-stack today'), ['resource_name:e-x7mkq2fpzt'])
  for (const text of ['an e-commerce site', 'e-mail the team', 'prod-eu-west-1', 'the pp-2 tier', 'rec-2024 notes', 'port-forwarding on 8080',
    'build-e-1234567890', 'pre-prod-environment']) {
    tt.same(found(text), [], text)
  }
})
