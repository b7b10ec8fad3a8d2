/*
 * pyrelease_demo_cpp._native: the C API of pyrelease_demo_cpp/include,
 * callable from Python. Compiled by the rehearsal against each interpreter's
 * own headers (Python 2.7 and 3.x).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "pyrelease_demo_cpp.h"

/* multiply(a, b) -> a * b, through the header's inline function. */
static PyObject *
native_multiply(PyObject *self, PyObject *args)
{
    long a, b;
    (void)self;
    if (!PyArg_ParseTuple(args, "ll:multiply", &a, &b))
        return NULL;
    return PyLong_FromLong(pyrelease_demo_cpp_multiply(a, b));
}

/* api_version() -> PYRELEASE_DEMO_CPP_API_VERSION as the header defined it at compile time. */
static PyObject *
native_api_version(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    return PyLong_FromLong(PYRELEASE_DEMO_CPP_API_VERSION);
}

static PyMethodDef native_methods[] = {
    {"multiply", native_multiply, METH_VARARGS, "multiply(a, b) -> a * b"},
    {"api_version", native_api_version, METH_NOARGS, "The C API version this module was compiled with."},
    {NULL, NULL, 0, NULL}
};

#if PY_MAJOR_VERSION >= 3
static struct PyModuleDef native_module = {
    PyModuleDef_HEAD_INIT, "pyrelease_demo_cpp._native", "The C API of pyrelease-demo-cpp.", -1, native_methods,
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
    Py_InitModule3("pyrelease_demo_cpp._native", native_methods, "The C API of pyrelease-demo-cpp.");
}
#endif
