import { reactive, ref } from 'vue'

// The API's BAD_USER_INPUT and CONFLICT errors name a field in `extensions.field`: the message is
// shown beside that field of the form (el-form-item :error), anything else above the form.
export function useFieldErrors() {
  const errors = reactive({ form: '', fields: {} })
  // True while the form's request is out (its submit button shows it and takes no second click).
  const busy = ref(false)
  function clear() {
    errors.form = ''
    errors.fields = {}
  }
  function show(error) {
    const field = error.field?.split('.').pop()
    if (field) errors.fields = { [field]: error.message }
    else errors.form = error.message
  }
  return {
    errors,
    busy,
    clear,
    show,
    // What the API cannot name a field for (a value left empty that it needs): checked before
    // sending, the first one missing shown beside its field. `required` maps field → message.
    filled(form, required) {
      clear()
      const missing = Object.keys(required).find((field) => form[field] == null || form[field] === '')
      if (missing) errors.fields = { [missing]: required[missing] }
      return !missing
    },
    // Sends the form: `action` makes the request and what follows it; its error is shown beside
    // its field.
    async submit(action) {
      if (busy.value) return
      clear()
      busy.value = true
      try {
        await action()
      } catch (error) {
        show(error)
      } finally {
        busy.value = false
      }
    },
    of(field) {
      return errors.fields[field] ?? ''
    },
  }
}
