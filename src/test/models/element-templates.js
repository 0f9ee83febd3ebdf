// Validates Qyzmet's element templates with the validator Camunda Modeler uses
// (@bpmn-io/element-templates-validator, Camunda 7 templates). Run by
// kz.qyzmet.models.ElementTemplatesTest with QYZMET_TEMPLATES set to the templates' folder.
const fs = require('fs');
const path = require('path');
const { validate, getSchemaVersion } = require('@bpmn-io/element-templates-validator');

const folder = process.env.QYZMET_TEMPLATES;
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
let valid = 0;
for (const file of files) {
  const template = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
  const { errors } = validate(template);
  if (errors && errors.length) {
    console.log(`${file}: ${errors.length} error(s)`);
    for (const error of errors) {
      console.log(`  ${error.dataPath || error.instancePath || ''} ${error.message}`);
    }
  } else {
    valid++;
    console.log(`${file}: valid (schema ${getSchemaVersion()})`);
  }
}
console.log(`templates=${files.length} valid=${valid}`);
process.exit(valid === files.length ? 0 : 1);
