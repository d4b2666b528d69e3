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
    of(field) {
      return errors.fields[field] ?? ''
    },
  }
}
