/* GLPK 5.0 behind guarded calls that turn abort() into a status.
 *
 * Goals, in priority order:
 *   1. A GLPK fatal error never kills the process: every sp_* function returns SP_FATAL instead.
 *   2. GLPK stays silent: its terminal output is captured, never printed.
 *   3. Stateless: everything lives on the calling function's stack (a file-scope static array in
 *      this header-only shim failed to link), so no static data at all.
 *
 * How a guard works. GLPK documents one escape from a fatal error:
 *   "The routine glp_error_hook installs a user-defined hook routine to intercept abnormal
 *    termination. [...] It is called from the routine glp_error before the latter calls the abort
 *    function to abnormally terminate the application program because of fatal error."
 *   (GLPK 5.0, src/env/error.c, glp_error_hook)
 * The hook must not return (GLPK calls abort() right after it), so it longjmps back to a setjmp in
 * the same C function that made the call. Swift cannot call setjmp, and no Swift frame may sit
 * between setjmp and longjmp, so each guarded call is a static inline C function here: setjmp,
 * install the hooks, make the call, uninstall the hooks.
 *
 * After a fatal error the environment is left "at error state" (glp_at_error) with its memory
 * possibly inconsistent, so the guard calls glp_free_env:
 *   "Note that a call to glp_free_env invalidates all problem objects as if no GLPK routine were
 *    called." (GLPK 5.0, src/env/env.c, glp_free_env)
 * Hence SP_FATAL means: every problem object of this thread is gone; do not delete any of them.
 *
 * The message: glp_error writes the message, then "Error detected in file ... at line ...", on the
 * terminal before calling the hook. The guard captures terminal output with glp_term_hook:
 *   "If the hook routine returns non-zero, the library routines do not output the string"
 *   (GLPK reference manual, glp_term_hook)
 * and keeps the last two strings written, which is the message of a fatal error (or the reason a
 * reader or writer gave when it returned non-zero).
 *
 * Arrays passed to GLPK are 1-based: slot 0 is ignored (GLPK reference manual, glp_load_matrix:
 * "ia[k], ja[k], ar[k] for k = 1, ..., ne").
 */
#ifndef STAFFPLAN_CGLPK_SHIM_H
#define STAFFPLAN_CGLPK_SHIM_H

#include <glpk.h>
#include <setjmp.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>

enum {
  SP_OK = 0,    /* the call returned normally */
  SP_FATAL = 1  /* GLPK raised a fatal error; the thread's GLPK environment was freed */
};

enum { SP_LINE_CAPACITY = 512 };

/* One guarded call's state: lives on the stack of the sp_* function. */
typedef struct sp_guard {
  jmp_buf jump;
  char last[SP_LINE_CAPACITY];
  char before_last[SP_LINE_CAPACITY];
} sp_guard;

/* Progress of glp_intopt, reported to the caller from inside the search. */
typedef struct sp_progress {
  int reason;            /* GLP_IBINGO (new incumbent) or GLP_ISELECT (node selection) */
  int has_incumbent;     /* 1 when incumbent holds an integer feasible objective value */
  double incumbent;
  int has_bound;         /* 1 when bound holds the best active node's local bound */
  double bound;          /* lower bound when minimizing, upper bound when maximizing */
  double gap;            /* glp_ios_mip_gap: relative gap; DBL_MAX without incumbent */
} sp_progress;

/* The caller's progress function; return non-zero to stop the search (glp_ios_terminate). */
typedef int (*sp_progress_fn)(void *context, const sp_progress *progress);

/* Transit data for the glp_iocp callback: on the stack of sp_intopt. */
typedef struct sp_callback_box {
  sp_progress_fn function;
  void *context;
  const double *start;  /* a known integer solution, 1-based, offered once; NULL: none */
  int offered;
} sp_callback_box;

static inline int sp_term_hook(void *info, const char *s) {
  sp_guard *guard = (sp_guard *)info;
  memcpy(guard->before_last, guard->last, SP_LINE_CAPACITY);
  strncpy(guard->last, s, SP_LINE_CAPACITY - 1);
  guard->last[SP_LINE_CAPACITY - 1] = '\0';
  return 1; /* non-zero: GLPK does not print the string */
}

static inline void sp_error_hook(void *info) {
  sp_guard *guard = (sp_guard *)info;
  longjmp(guard->jump, 1); /* never returns to glp_error, which would abort() */
}

static inline void sp_guard_begin(sp_guard *guard) {
  guard->last[0] = '\0';
  guard->before_last[0] = '\0';
  glp_term_hook(sp_term_hook, guard);
  glp_error_hook(sp_error_hook, guard);
}

/* Uninstalls the hooks and copies the captured text to message (capacity bytes, may be NULL). */
static inline int sp_guard_end(sp_guard *guard, int fatal, char *message, size_t capacity) {
  if (fatal) {
    glp_free_env(); /* also uninstalls the hooks: they live in the environment */
  } else {
    glp_error_hook(NULL, NULL);
    glp_term_hook(NULL, NULL);
  }
  if (message != NULL && capacity > 0) {
    size_t first = strlen(guard->before_last);
    if (first > capacity - 1) first = capacity - 1;
    memcpy(message, guard->before_last, first);
    size_t second = strlen(guard->last);
    if (second > capacity - 1 - first) second = capacity - 1 - first;
    memcpy(message + first, guard->last, second);
    message[first + second] = '\0';
  }
  return fatal ? SP_FATAL : SP_OK;
}

/* SP_GUARDED(message, capacity, statements): runs statements under a guard. The statements are
 * plain C: no Swift frame lies between setjmp and a longjmp from a hook. */
#define SP_GUARDED(message, capacity, ...)                       \
  do {                                                           \
    sp_guard sp_guard_;                                          \
    sp_guard_begin(&sp_guard_);                                  \
    if (setjmp(sp_guard_.jump) == 0) {                           \
      __VA_ARGS__;                                               \
      return sp_guard_end(&sp_guard_, 0, (message), (capacity)); \
    }                                                            \
    return sp_guard_end(&sp_guard_, 1, (message), (capacity));   \
  } while (0)

/* MARK: - Building */

static inline int sp_create_prob(glp_prob **problem, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, *problem = glp_create_prob());
}

static inline int sp_delete_prob(glp_prob *P, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, glp_delete_prob(P));
}

static inline int sp_set_prob_name(glp_prob *P, const char *name, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_prob_name(P, name));
}

static inline int sp_set_obj_dir(glp_prob *P, int dir, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_obj_dir(P, dir));
}

static inline int sp_add_rows(glp_prob *P, int count, int *first, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, *first = glp_add_rows(P, count));
}

static inline int sp_add_cols(glp_prob *P, int count, int *first, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, *first = glp_add_cols(P, count));
}

static inline int sp_set_row_name(glp_prob *P, int i, const char *name, char *message,
                                  size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_row_name(P, i, name));
}

static inline int sp_set_col_name(glp_prob *P, int j, const char *name, char *message,
                                  size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_col_name(P, j, name));
}

static inline int sp_set_row_bnds(glp_prob *P, int i, int type, double lb, double ub,
                                  char *message, size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_row_bnds(P, i, type, lb, ub));
}

static inline int sp_set_col_bnds(glp_prob *P, int j, int type, double lb, double ub,
                                  char *message, size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_col_bnds(P, j, type, lb, ub));
}

static inline int sp_set_col_kind(glp_prob *P, int j, int kind, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_col_kind(P, j, kind));
}

static inline int sp_set_obj_coef(glp_prob *P, int j, double coef, char *message,
                                  size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_obj_coef(P, j, coef));
}

/* ia, ja, ar are 1-based: entries 1...ne. */
static inline int sp_load_matrix(glp_prob *P, int ne, const int *ia, const int *ja,
                                 const double *ar, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, glp_load_matrix(P, ne, ia, ja, ar));
}

/* ind, val are 1-based: entries 1...len. */
static inline int sp_set_mat_row(glp_prob *P, int i, int len, const int *ind, const double *val,
                                 char *message, size_t capacity) {
  SP_GUARDED(message, capacity, glp_set_mat_row(P, i, len, ind, val));
}

/* MARK: - Solving */

/* Primal simplex with GLPK silent; result receives glp_simplex's return code (0 or GLP_E*). */
static inline int sp_simplex(glp_prob *P, int tm_lim, int presolve, int *result, char *message,
                             size_t capacity) {
  glp_smcp parm;
  glp_init_smcp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = tm_lim;
  parm.presolve = presolve ? GLP_ON : GLP_OFF;
  SP_GUARDED(message, capacity, *result = glp_simplex(P, &parm));
}

/* Interior point (primal-dual, Mehrotra) with GLPK silent; result receives glp_interior's return
 * code (0 or GLP_E*). glp_iptcp has no time limit: "the routine glp_interior ... finds an optimal
 * solution" or fails with GLP_ENOCVG / GLP_EITLIM / GLP_EINSTAB (GLPK reference manual, 2.6.1). */
/* scale: glp_scale_prob(P, GLP_SF_AUTO) first (equilibrates rows and columns; GLPK unscales the
 * solution it reports); otherwise glp_unscale_prob(P), since glp_interior uses whatever scale
 * factors P holds (a retry "unscaled" after a scaled run repeated the scaled run). */
static inline int sp_interior(glp_prob *P, int scale, int *result, char *message, size_t capacity) {
  glp_iptcp parm;
  glp_init_iptcp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  SP_GUARDED(message, capacity, if (scale) glp_scale_prob(P, GLP_SF_AUTO); else glp_unscale_prob(P);
             *result = glp_interior(P, &parm));
}

/* The glp_iocp callback: reports new incumbents and node selections to the caller. GLPK calls it
 * with the search tree; glp_ios_best_node "returns the subproblem reference number for the best
 * active subproblem [...] If the tree is empty, the routine returns zero" (GLPK reference manual). */
static inline void sp_intopt_callback(glp_tree *T, void *info) {
  sp_callback_box *box = (sp_callback_box *)info;
  int reason = glp_ios_reason(T);
  if (reason == GLP_IHEUR && box->start != NULL && !box->offered) {
    /* "The routine glp_ios_heur_sol can be called from the user-defined callback routine in
     * response to the reason GLP_IHEUR to provide an integer feasible solution found by a primal
     * heuristic" (GLPK reference manual); it keeps the solution only if it beats the incumbent. */
    box->offered = 1;
    glp_ios_heur_sol(T, box->start);
  }
  if (box->function == NULL || (reason != GLP_IBINGO && reason != GLP_ISELECT)) return;
  sp_progress progress;
  glp_prob *P = glp_ios_get_prob(T);
  int status = glp_mip_status(P);
  progress.reason = reason;
  progress.has_incumbent = (status == GLP_FEAS || status == GLP_OPT);
  progress.incumbent = progress.has_incumbent ? glp_mip_obj_val(P) : 0.0;
  int best = glp_ios_best_node(T);
  progress.has_bound = best != 0;
  progress.bound = best != 0 ? glp_ios_node_bound(T, best) : 0.0;
  progress.gap = glp_ios_mip_gap(T);
  if (box->function(box->context, &progress) != 0) glp_ios_terminate(T);
}

/* Unguarded: called inside sp_intopt_from's guard. The root LP first when lp is not NULL. */
static inline int sp_root_then_intopt_(glp_prob *P, const glp_smcp *lp, glp_iocp *parm) {
  if (lp != NULL) {
    double began = glp_time();
    int code = glp_simplex(P, lp);
    if (code != 0) return code;
    switch (glp_get_status(P)) {
      case GLP_OPT: break;
      case GLP_NOFEAS: return GLP_ENOPFS;
      case GLP_UNBND: return GLP_ENODFS;
      default: return GLP_EROOT;
    }
    /* The root LP's time comes out of the search's limit. */
    double spent = glp_difftime(glp_time(), began) * 1000.0;
    if (parm->tm_lim < INT_MAX) {
      double left = (double)parm->tm_lim - spent;
      if (left < 1.0) return GLP_ETMLIM;
      parm->tm_lim = (int)left;
    }
  }
  return glp_intopt(P, parm);
}

/* sp_intopt with a known integer solution start[1..n] offered as the first incumbent (NULL: none).
 * With a start the MIP presolver is off (the callback sees the presolved problem otherwise, whose
 * columns are not the caller's), so the root LP is solved here first by the simplex method:
 * "If the presolver is disabled, on entry to the routine glp_intopt the problem object [...] should
 * contain an optimal solution to LP relaxation" (GLPK reference manual, glp_intopt). */
static inline int sp_intopt_from(glp_prob *P, int tm_lim, double mip_gap, sp_progress_fn progress,
                                 void *context, const double *start, int *result, char *message,
                                 size_t capacity) {
  sp_callback_box box;
  box.function = progress;
  box.context = context;
  box.start = start;
  box.offered = 0;
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.presolve = start == NULL ? GLP_ON : GLP_OFF;
  glp_smcp lp;
  glp_init_smcp(&lp);
  lp.msg_lev = GLP_MSG_OFF;
  lp.tm_lim = tm_lim;
  /* "fp_heur: Feasibility pump heuristic option" (glp_iocp): finds first incumbents on covering
   * models where depth-first search alone found none within the time limit. */
  parm.fp_heur = GLP_ON;
  parm.tm_lim = tm_lim;
  parm.mip_gap = mip_gap;
  parm.cb_func = sp_intopt_callback;
  parm.cb_info = &box;
  SP_GUARDED(message, capacity, *result = sp_root_then_intopt_(P, start != NULL ? &lp : NULL, &parm));
}

/* Branch-and-cut with the MIP presolver on, GLPK silent, tm_lim in milliseconds, mip_gap relative.
 * progress may be NULL. result receives glp_intopt's return code (0 or GLP_E*). */
static inline int sp_intopt(glp_prob *P, int tm_lim, double mip_gap, sp_progress_fn progress,
                            void *context, int *result, char *message, size_t capacity) {
  return sp_intopt_from(P, tm_lim, mip_gap, progress, context, NULL, result, message, capacity);
}

/* MARK: - Reading results */

/* The interior-point solution: status is glp_ipt_status, primal[j-1] and dual[i-1] 0-based. */
static inline int sp_get_ipt_solution(glp_prob *P, int *status, double *objective, double *primal,
                                      int columns, double *dual, int rows, char *message,
                                      size_t capacity) {
  SP_GUARDED(message, capacity, {
    *status = glp_ipt_status(P);
    *objective = glp_ipt_obj_val(P);
    for (int j = 1; j <= columns; j++) primal[j - 1] = glp_ipt_col_prim(P, j);
    for (int i = 1; i <= rows; i++) dual[i - 1] = glp_ipt_row_dual(P, i);
  });
}

/* The basic (simplex) solution: status is glp_get_status, primal[j-1] and dual[i-1] 0-based. */
static inline int sp_get_lp_solution(glp_prob *P, int *status, double *objective, double *primal,
                                     int columns, double *dual, int rows, char *message,
                                     size_t capacity) {
  SP_GUARDED(message, capacity, {
    *status = glp_get_status(P);
    *objective = glp_get_obj_val(P);
    for (int j = 1; j <= columns; j++) primal[j - 1] = glp_get_col_prim(P, j);
    for (int i = 1; i <= rows; i++) dual[i - 1] = glp_get_row_dual(P, i);
  });
}

/* The integer solution: status is glp_mip_status, values[j-1] 0-based. */
static inline int sp_get_mip_solution(glp_prob *P, int *status, double *objective, double *values,
                                      int columns, char *message, size_t capacity) {
  SP_GUARDED(message, capacity, {
    *status = glp_mip_status(P);
    *objective = glp_mip_obj_val(P);
    for (int j = 1; j <= columns; j++) values[j - 1] = glp_mip_col_val(P, j);
  });
}

static inline int sp_get_size(glp_prob *P, int *rows, int *columns, int *integers,
                              char *message, size_t capacity) {
  SP_GUARDED(message, capacity, {
    *rows = glp_get_num_rows(P);
    *columns = glp_get_num_cols(P);
    *integers = glp_get_num_int(P);
  });
}

/* MARK: - Files */

/* CPLEX LP format; result is glp_write_lp's return code (0 = success). */
static inline int sp_write_lp(glp_prob *P, const char *fname, int *result, char *message,
                              size_t capacity) {
  SP_GUARDED(message, capacity, *result = glp_write_lp(P, NULL, fname));
}

/* Free (modern) MPS format; result is glp_write_mps's return code (0 = success). */
static inline int sp_write_mps(glp_prob *P, const char *fname, int *result, char *message,
                               size_t capacity) {
  SP_GUARDED(message, capacity, *result = glp_write_mps(P, GLP_MPS_FILE, NULL, fname));
}

/* Reads CPLEX LP into P (erased first by GLPK); result is glp_read_lp's return code. */
static inline int sp_read_lp(glp_prob *P, const char *fname, int *result, char *message,
                             size_t capacity) {
  SP_GUARDED(message, capacity, *result = glp_read_lp(P, NULL, fname));
}

/* Reads free MPS into P (erased first by GLPK); result is glp_read_mps's return code. */
static inline int sp_read_mps(glp_prob *P, const char *fname, int *result, char *message,
                              size_t capacity) {
  SP_GUARDED(message, capacity, *result = glp_read_mps(P, GLP_MPS_FILE, NULL, fname));
}

#endif
