// The configuration: schema, validation with JSON paths, the ITR default template, compilation.

export {
  configSchema,
  type ConfigDoc,
  type ConfigInput,
  type ActionTemplate,
  type EventCondition,
  type StateCondition,
  type Party,
} from './config/schema';
export { validateConfig, parseConfig, type ConfigIssue, type ConfigResult } from './config/validate';
export { ITR_TEMPLATE } from './config/template';
export { compileConfig, configAt, type CompiledConfig, type ConfigHistory } from './config/compile';
