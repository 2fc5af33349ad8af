// The MappingStore contract against the Redis store on the real Redis at 127.0.0.1:6379.
import t from 'tap'
import { runStoreContract } from './store-contract.js'
import { makeRedisStoreFixture } from '../../redis/redis-fixtures.js'

runStoreContract(t, 'redis store', async ({ maxMappings }) => await makeRedisStoreFixture({ maxMappings }))
