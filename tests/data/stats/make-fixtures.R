# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reference values for tests/core/statisticstest.cpp (docs/statistics.md, "Reference values").
#
# Run from this folder:  Rscript make-fixtures.R   (writes fixtures.json beside it)
#
# Needs R with the Debian packages r-base-core, r-cran-survey and r-cran-jsonlite. The fixtures are committed, so
# neither CI nor a developer needs R: rerun this only when adding cases. Debian 12 has no r-cran-binom, so the
# Wilson and Clopper-Pearson references come from base R: prop.test(correct = FALSE) is the Wilson score interval
# and binom.test is the Clopper-Pearson ("exact") interval, the same formulas binom::binom.confint uses for
# method = "wilson" and method = "exact".
#
# Every input is written into the JSON next to its expected values, so the C++ test reads the very numbers R used.
# Vectors are written with I() so that one-element inputs stay JSON arrays. Inputs are rounded to a few decimals so that 15 significant digits (jsonlite's maximum) reproduce them exactly.

suppressPackageStartupMessages({
    library(survey)
    library(jsonlite)
})

nan_to_null <- function(x) if (is.null(x) || length(x) == 0 || !is.finite(x)) NULL else unname(x)
interval <- function(lo, hi) list(lower = nan_to_null(lo), upper = nan_to_null(hi))

## 1. Unweighted proportions: Wilson score and Clopper-Pearson -----------------------------------------------------

props <- list(
    c(0, 1), c(1, 1), c(0, 2), c(1, 2), c(2, 2), c(0, 10), c(3, 10), c(10, 10), c(0, 30), c(7, 30), c(29, 30),
    c(30, 30), c(37, 80), c(0, 1000), c(1, 1000), c(500, 1000), c(999, 1000)
)
levels <- c(0.95, 0.90, 0.99)
wilson <- list()
exact <- list()
for (xn in props) {
    for (level in levels) {
        x <- xn[1]
        n <- xn[2]
        # prop.test warns that the chi-squared approximation may be poor for small n; the interval is still Wilson's.
        w <- suppressWarnings(prop.test(x, n, conf.level = level, correct = FALSE))$conf.int
        e <- binom.test(x, n, conf.level = level)$conf.int
        wilson[[length(wilson) + 1]] <- c(list(x = x, n = n, level = level), interval(w[1], w[2]))
        exact[[length(exact) + 1]] <- c(list(x = x, n = n, level = level), interval(e[1], e[2]))
    }
}

## 2. Weighted proportions: Korn-Graubard ---------------------------------------------------------------------------
#
# "kish":      what baseline::stats::weightedProportion computes by default: Clopper-Pearson with n = Kish's effective
#              sample size (sum w)^2 / sum w^2 and x = p * n_eff, the effective n multiplied by the Korn-Graubard
#              degrees-of-freedom factor (t_{n-1} / t_df)^2 (df = n - 1 unless design_df is given) and capped at n.
# "svyciprop": survey::svyciprop(method = "beta") on svydesign(ids = ~1, weights = ~w): the same interval with
#              n_eff = p (1 - p) / var(p) from the linearisation variance. It is NaN when p is 0 or 1 (var = 0).
# "nchs":      survey's effective n with the rules of the NCHS Korn-Graubard macro and CDC's surveytable: n_eff
#              capped at n, and n_eff = n when p is 0 or 1. Where svyciprop is finite and the cap is not reached the
#              two agree.

cp <- function(x, n, level) {
    a <- 1 - level
    c(if (x <= 0) 0 else qbeta(a / 2, x, n - x + 1), if (x >= n) 1 else qbeta(1 - a / 2, x + 1, n - x))
}

weighted_case <- function(name, y, w, level = 0.95, design_df = NULL) {
    n <- length(y)
    p <- sum(w * y) / sum(w)
    neff_kish <- sum(w)^2 / sum(w^2)
    df <- if (is.null(design_df)) n - 1 else design_df
    a <- 1 - level
    factor <- if (n > 1) (qt(a / 2, n - 1) / qt(a / 2, df))^2 else 1
    neff_kish_df <- min(n, neff_kish * factor)
    kish <- cp(p * neff_kish_df, neff_kish_df, level)

    # survey refuses a design with one unit, so n = 1 has no survey values (and no variance).
    se <- NaN
    svy <- c(NaN, NaN)
    neff_var <- NaN
    if (n > 1) {
        des <- svydesign(ids = ~1, weights = ~w, data = data.frame(y = y, w = w))
        m <- svymean(~y, des)
        se <- sqrt(as.numeric(vcov(m)))
        svy <- attr(svyciprop(~y, des, method = "beta", level = level), "ci")
        neff_var <- p * (1 - p) / as.numeric(vcov(m))
    }
    nchs_n <- if (p <= 0 || p >= 1 || !is.finite(neff_var)) n else neff_var
    nchs_n_df <- min(n, nchs_n * factor)
    nchs <- cp(p * nchs_n_df, nchs_n_df, level)
    list(name = name, y = I(y), w = I(w), level = level, design_df = design_df, p = p, se = nan_to_null(se),
         n_eff_kish = neff_kish, n_eff_kish_df = neff_kish_df, kish = interval(kish[1], kish[2]),
         n_eff_variance = nan_to_null(neff_var), svyciprop = interval(svy[1], svy[2]),
         n_eff_nchs = nchs_n, n_eff_nchs_df = nchs_n_df, nchs = interval(nchs[1], nchs[2]))
}

set.seed(20240611)
y40 <- rbinom(40, 1, 0.35)
w40 <- round(runif(40, 0.5, 3), 4)
y1000 <- rbinom(1000, 1, 0.22)
w1000 <- round(rlnorm(1000, 0, 0.6), 4)
y30 <- c(rep(1, 9), rep(0, 19), 1, 0)
w30 <- c(rep(1, 28), 50, 200)
weighted <- list(
    weighted_case("equal_weights_n10", c(1, 1, 1, 0, 0, 0, 0, 0, 0, 0), rep(2.5, 10)),
    weighted_case("equal_weights_n1000", y1000, rep(1.7, 1000)),
    weighted_case("unequal_n40", y40, w40),
    weighted_case("unequal_n40_level90", y40, w40, level = 0.90),
    weighted_case("unequal_n40_design_df5", y40, w40, design_df = 5),
    weighted_case("very_unequal_n30", y30, w30),
    weighted_case("n1", 1, 3),
    weighted_case("n2", c(1, 0), c(1, 3)),
    weighted_case("p0_n25", rep(0, 25), round(runif(25, 0.2, 5), 4)),
    weighted_case("p1_n25", rep(1, 25), round(runif(25, 0.2, 5), 4)),
    weighted_case("unequal_n1000", y1000, w1000)
)

## 3. Means: svymean + confint(df = degf) ---------------------------------------------------------------------------

mean_case <- function(name, x, w = NULL, level = 0.95) {
    n <- length(x)
    ww <- if (is.null(w)) rep(1, n) else w
    est <- sum(ww * x) / sum(ww)
    if (n > 1) {
        des <- svydesign(ids = ~1, weights = ~ww, data = data.frame(x = x, ww = ww))
        m <- svymean(~x, des)
        est <- unname(coef(m))
        se <- sqrt(as.numeric(vcov(m)))
        ci <- confint(m, level = level, df = degf(des))
    } else {
        se <- NaN
        ci <- c(NaN, NaN)
    }
    out <- list(name = name, x = I(x), w = if (is.null(w)) NULL else I(w), level = level, mean = est, se = nan_to_null(se), df = n - 1,
                ci = interval(ci[1], ci[2]))
    if (is.null(w) && n > 1 && se > 0) {
        # Cross-check: for unweighted data svymean's interval is Student's.
        tt <- t.test(x, conf.level = level)$conf.int
        stopifnot(abs(tt[1] - ci[1]) < 1e-12, abs(tt[2] - ci[2]) < 1e-12)
    }
    out
}

xw <- c(3, 5, 4, 2, 5, 1, 4, 4, 3, 2, 5, 3)
ww <- c(1.2, 0.8, 2.5, 1, 1, 3.1, 0.6, 1.4, 2, 0.9, 1.1, 1.7)
x1000 <- round(rnorm(1000, 62, 18), 3)
means <- list(
    mean_case("unweighted_n7", c(3, 5, 4, 2, 5, 1, 4)),
    mean_case("unweighted_n7_level90", c(3, 5, 4, 2, 5, 1, 4), level = 0.90),
    mean_case("weighted_n12", xw, ww),
    mean_case("equal_weights_n12", xw, rep(2, 12)),
    mean_case("weighted_n2", c(2, 5), c(1, 4)),
    mean_case("unweighted_n2", c(2, 5)),
    mean_case("n1", 4, 2.5),
    mean_case("constant_n5", rep(3, 5), c(1, 2, 3, 4, 5)),
    mean_case("weighted_n1000", x1000, w1000),
    mean_case("unweighted_n1000", x1000)
)

## 4. Cronbach's alpha (listwise complete cases), from the formula --------------------------------------------------
#
# alpha = k / (k - 1) * (1 - sum(var(item)) / var(total)), sample variances (n - 1).
# Per item: corrected item-total correlation cor(item, total of the other items), and alpha with the item left out.

alpha_of <- function(m) {
    k <- ncol(m)
    k / (k - 1) * (1 - sum(apply(m, 2, var)) / var(rowSums(m)))
}
alpha_case <- function(name, m) {
    cc <- m[complete.cases(m), , drop = FALSE]
    items <- lapply(seq_len(ncol(cc)), function(j) {
        rest <- rowSums(cc[, -j, drop = FALSE])
        list(mean = mean(cc[, j]), variance = var(cc[, j]), item_total = cor(cc[, j], rest),
             alpha_if_deleted = if (ncol(cc) > 2) alpha_of(cc[, -j, drop = FALSE]) else NULL)
    })
    rows <- lapply(seq_len(nrow(m)), function(i) as.list(ifelse(is.na(m[i, ]), NA, m[i, ])))
    list(name = name, data = rows, n = nrow(cc), k = ncol(m), alpha = alpha_of(cc), items = items)
}

latent <- rnorm(20)
five <- sapply(1:5, function(j) pmin(5, pmax(1, round(3 + latent + rnorm(20, 0, 0.9)))))
five[3, 2] <- NA
five[11, 5] <- NA
five[17, 1] <- NA
two <- cbind(c(1, 2, 3, 4, 5, 3), c(2, 2, 3, 5, 4, 3))
latent1000 <- rnorm(1000)
four1000 <- sapply(1:4, function(j) pmin(4, pmax(1, round(2.5 + 0.8 * latent1000 + rnorm(1000)))))
four1000[sample(1000, 40)] <- NA
alphas <- list(
    alpha_case("five_items_n20_missing", five),
    alpha_case("two_items_n6", two),
    alpha_case("four_items_n1000", four1000)
)

## 5. Borich mean weighted discrepancy score ------------------------------------------------------------------------
#
# Pairs where either rating is missing are left out; MWDS = mean(I - P) * mean(I) over the complete pairs
# (the same as the mean over respondents of (I - P) * mean(I)).

borich_case <- function(name, imp, prof) {
    ok <- !is.na(imp) & !is.na(prof)
    i <- imp[ok]
    p <- prof[ok]
    list(name = name, importance = as.list(imp), proficiency = as.list(prof), n = sum(ok),
         mean_importance = mean(i), mean_discrepancy = mean(i - p), mwds = mean((i - p) * mean(i)))
}
imp1000 <- sample(1:5, 1000, replace = TRUE, prob = c(0.05, 0.1, 0.2, 0.35, 0.3))
prof1000 <- pmax(1, pmin(5, imp1000 - sample(-1:3, 1000, replace = TRUE)))
imp1000[sample(1000, 25)] <- NA
prof1000[sample(1000, 25)] <- NA
borich <- list(
    borich_case("n10_missing", c(5, 4, 5, NA, 3, 4, 5, 2, 4, 5), c(2, 3, 4, 3, NA, 2, 3, 2, 5, 1)),
    borich_case("negative_gap", c(2, 3, 2, 1), c(4, 4, 5, 3)),
    borich_case("n1000", imp1000, prof1000)
)

## 6. Rates: events per `per` units ---------------------------------------------------------------------------------
#
# Unweighted: exact Poisson interval for the total count over n units, poisson.test(sum(k), n).
# Weighted: normal approximation rate +- z * SE with SE from svymean of the per-unit counts (confint with the
# default df = Inf), lower bound truncated at 0.

rate_part <- function(k, w, per, level) {
    n <- length(k)
    if (is.null(w)) {
        ci <- poisson.test(sum(k), n, conf.level = level)$conf.int
        list(rate = per * sum(k) / n, se = per * sqrt(sum(k)) / n, ci = interval(per * ci[1], per * ci[2]))
    } else {
        des <- svydesign(ids = ~1, weights = ~w, data = data.frame(k = k, w = w))
        m <- svymean(~k, des)
        ci <- confint(m, level = level)
        list(rate = per * unname(coef(m)), se = per * sqrt(as.numeric(vcov(m))),
             ci = interval(per * max(0, ci[1]), per * ci[2]))
    }
}
rate_case <- function(name, k, w = NULL, cap = NULL, per = 1000, level = 0.95) {
    list(name = name, counts = I(k), w = if (is.null(w)) NULL else I(w), cap = cap, per = per, level = level,
         uncapped = rate_part(k, w, per, level),
         capped = rate_part(if (is.null(cap)) k else pmin(k, cap), w, per, level))
}
k50 <- c(rep(0, 38), 1, 1, 2, 1, 3, 1, 15, 2, 1, 30, 4, 12)
w50 <- round(runif(50, 0.4, 2.6), 4)
k1000 <- rnbinom(1000, size = 0.15, mu = 0.4)
rates <- list(
    rate_case("unweighted_n50_cap10", k50, cap = 10),
    rate_case("weighted_n50_cap10", k50, w50, cap = 10),
    rate_case("unweighted_n50_cap5_per100000", k50, cap = 5, per = 100000),
    rate_case("zeros_unweighted_n40", rep(0, 40), cap = 10),
    rate_case("zeros_weighted_n40", rep(0, 40), round(runif(40, 0.5, 2), 4), cap = 10),
    rate_case("unweighted_n1000_nocap_level90", k1000, level = 0.90),
    rate_case("weighted_n1000_cap10", k1000, w1000, cap = 10)
)

## Write --------------------------------------------------------------------------------------------------------------

fixtures <- list(
    generated_by = "tests/data/stats/make-fixtures.R",
    r_version = R.version.string,
    packages = list(survey = as.character(packageVersion("survey")),
                    jsonlite = as.character(packageVersion("jsonlite"))),
    wilson = wilson,
    clopper_pearson = exact,
    weighted_proportion = weighted,
    mean = means,
    alpha = alphas,
    borich = borich,
    rate = rates
)
writeLines(toJSON(fixtures, digits = NA, auto_unbox = TRUE, null = "null", na = "null", pretty = TRUE),
           "fixtures.json")
cat("wrote fixtures.json\n")
