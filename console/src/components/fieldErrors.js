import { reactive } from 'vue'

// The API's BAD_USER_INPUT and CONFLICT errors name a field in `extensions.field`: the message is
// shown beside that field of the form (el-form-item :error), anything else above the form.
export function useFieldErrors() {
  const errors = reactive({ form: '', fields: {} })
  return {
    errors,
    clear() {
      errors.form = ''
      errors.fields = {}
    },
    show(error) {
      const field = error.field?.split('.').pop()
      if (field) errors.fields = { [field]: error.message }
      else errors.form = error.message
    },
    // What the API cannot name a field for (a value left empty that it needs): checked before
    // sending, the first one missing shown beside its field. `required` maps field → message.
    filled(form, required) {
      const missing = Object.keys(required).find((field) => form[field] == null || form[field] === '')
      if (missing) errors.fields = { [missing]: required[missing] }
      return !missing
    },
    of(field) {
      return errors.fields[field] ?? ''
    },
  }
}
