// CodeDeploy's application and deployment group named in prose (red team round 17: `CodeDeploy
// failed (app tarnwell-web, group tarnwell-web-prod)`, `application X, deployment group Y`) went
// out in clear: `app`, `application` and `group` alone say too little. `deployment group x`,
// `CodeDeploy app x`, and the bare nouns after CodeDeploy on the same line now name them.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a CodeDeploy application and deployment group are masked', async tt => {
  tt.same(found('CodeDeploy failed (app tarnwell-web, group tarnwell-web-prod).'),
    ['resource_name:tarnwell-web', 'resource_name:tarnwell-web-prod'])
  tt.same(found('The CodeDeploy application tarnwell-web, deployment group tarnwell-web-prod rolled back.'),
    ['resource_name:tarnwell-web', 'resource_name:tarnwell-web-prod'])
  tt.same(found('Then deployment group tarnwell-api-blue; CodeDeploy app tarnwell-api'),
    ['resource_name:tarnwell-api-blue', 'resource_name:tarnwell-api'])
})

t.test('app, application and group elsewhere stay', async tt => {
  for (const text of ['the app my-service-2 and group foo-bar-1', 'CodeDeploy ran.\nthe app my-service-2 failed',
    'an application tarnwell-web-2 was built']) tt.same(found(text), [], text)
})
