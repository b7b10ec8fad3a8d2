/*
 * pyrelease-demo-cpp: the C API of the example, shipped as a header inside
 * the distribution (as Ray's ray-cpp ships its C++ API) and found with
 * pyrelease_demo_cpp.get_include().
 */
#ifndef PYRELEASE_DEMO_CPP_H
#define PYRELEASE_DEMO_CPP_H

#define PYRELEASE_DEMO_CPP_API_VERSION 1

static inline long
pyrelease_demo_cpp_multiply(long a, long b)
{
    return a * b;
}

#endif /* PYRELEASE_DEMO_CPP_H */
