/*
 * pyrelease_demo._native: the example's C extension, compiled by the
 * rehearsal against each interpreter's own headers (Python 2.7 and 3.x).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* add(a, b) -> a + b, for two integers. */
static PyObject *
native_add(PyObject *self, PyObject *args)
{
    long a, b;
    (void)self;
    if (!PyArg_ParseTuple(args, "ll:add", &a, &b))
        return NULL;
    return PyLong_FromLong(a + b);
}

/* compiled_for() -> the PY_VERSION of the headers this module was compiled against. */
static PyObject *
native_compiled_for(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
#if PY_MAJOR_VERSION >= 3
    return PyUnicode_FromString(PY_VERSION);
#else
    return PyString_FromString(PY_VERSION);
#endif
}

static PyMethodDef native_methods[] = {
    {"add", native_add, METH_VARARGS, "add(a, b) -> a + b"},
    {"compiled_for", native_compiled_for, METH_NOARGS, "The Python version whose headers this module was compiled against."},
    {NULL, NULL, 0, NULL}
};

#if PY_MAJOR_VERSION >= 3
static struct PyModuleDef native_module = {
    PyModuleDef_HEAD_INIT, "pyrelease_demo._native", "The example's C extension.", -1, native_methods,
    NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit__native(void)
{
    return PyModule_Create(&native_module);
}
#else
PyMODINIT_FUNC
init_native(void)
{
    Py_InitModule3("pyrelease_demo._native", native_methods, "The example's C extension.");
}
#endif
