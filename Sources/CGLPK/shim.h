#ifndef STAFFPLAN_CGLPK_SHIM_H
#define STAFFPLAN_CGLPK_SHIM_H
#include <glpk.h>
#endif
