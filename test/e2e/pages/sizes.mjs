// Puts the same four widgets in the narrow and the wide column.
const template = document.querySelector('#widgets');
for (const column of document.querySelectorAll('#narrow, #wide'))
  column.append(template.content.cloneNode(true));
